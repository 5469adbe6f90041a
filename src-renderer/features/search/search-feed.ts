import type { RxCollection, RxChangeEventBulk } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { FieldDeskDatabase } from '../../db/database';
import { yieldToUi } from '../../sync/yield-to-ui';
import { WorkOrderIndex } from './work-order-index';

/** The index of one open database, and whether it holds everything stored yet. */
export type SearchFeed = { index: WorkOrderIndex; ready: boolean; onChange: Set<() => void> };

const feeds = new WeakMap<FieldDeskDatabase, SearchFeed>();
// Small pages keep each task short while 50,000 notes go in: the list stays usable meanwhile.
const pageSize = 400;

type Put<T> = (doc: T) => void;

async function readAll<T extends { id: string }>(collection: RxCollection<T>, put: Put<T>): Promise<void> {
  let after = '';
  for (;;) {
    const page = await collection.find({ selector: { id: { $gt: after } } as never, sort: [{ id: 'asc' } as never], limit: pageSize }).exec();
    for (const doc of page) put(doc.toJSON() as T);
    const last = page[page.length - 1];
    if (!last || page.length < pageSize) return;
    after = last.primary;
    await yieldToUi();
  }
}

/** Keeps `index` current with `collection`; changes during the first read wait, then go in order. */
function follow<T extends { id: string }>(collection: RxCollection<T>, put: Put<T>, remove: (id: string) => void): { subscription: Subscription; release: () => void } {
  let queue: RxChangeEventBulk<T>[] | null = [];
  const apply = (bulk: RxChangeEventBulk<T>) => {
    for (const event of bulk.events) {
      if (event.operation === 'DELETE' || event.documentData._deleted) remove(event.documentId);
      else put(event.documentData as T);
    }
  };
  const subscription = collection.eventBulks$.subscribe((bulk: RxChangeEventBulk<T>) => (queue ? queue.push(bulk) : apply(bulk)));
  return {
    subscription,
    release: () => {
      for (const bulk of queue ?? []) apply(bulk);
      queue = null;
    },
  };
}

type WorkOrder = Parameters<WorkOrderIndex['putWorkOrder']>[0];

/**
 * Puts work orders in the index with the tag of the asset each names, so a tag finds its work.
 * A tag not looked up yet is read from the assets (and kept); the work order goes in at once and
 * again with its tag, the latest version of each that waited for it.
 */
function assetTagged(db: FieldDeskDatabase, index: WorkOrderIndex): Put<WorkOrder> {
  const tags = new Map<string, string>();
  const waiting = new Map<string, Map<string, WorkOrder>>();
  return (wo) => {
    const assetId = wo.assetId;
    const tag = assetId ? tags.get(assetId) : '';
    index.putWorkOrder(wo, tag ?? '');
    if (!assetId || tag !== undefined) return;
    const held = waiting.get(assetId);
    if (held) return void held.set(wo.id, wo);
    waiting.set(assetId, new Map([[wo.id, wo]]));
    void db.assets.findOne(assetId).exec().then(
      (asset) => {
        tags.set(assetId, asset?.tag ?? '');
        for (const latest of waiting.get(assetId)?.values() ?? []) index.putWorkOrder(latest, asset?.tag ?? '');
        waiting.delete(assetId);
      },
      // The database closed (sign-out) meanwhile: nothing to keep.
      () => waiting.delete(assetId),
    );
  };
}

/**
 * The search index of `db`, made once per open database: it reads every work order and entry in
 * short pages after sign-in, then follows every write (edits here, pulls from the server).
 */
export function searchFeedOf(db: FieldDeskDatabase): SearchFeed {
  let feed = feeds.get(db);
  if (feed) return feed;
  const index = new WorkOrderIndex();
  const made: SearchFeed = { index, ready: false, onChange: new Set() };
  feeds.set(db, made);
  const putWorkOrder = assetTagged(db, index);
  const putNote = (note: Parameters<WorkOrderIndex['putNote']>[0]) => index.putNote(note);
  const remove = (id: string) => index.remove(id);
  const workOrders = follow(db.work_orders, putWorkOrder, remove);
  const notes = follow(db.work_order_notes, putNote, remove);
  void (async () => {
    await readAll(db.work_orders, putWorkOrder);
    await readAll(db.work_order_notes, putNote);
    workOrders.release();
    notes.release();
    made.ready = true;
    made.onChange.forEach((listener) => listener());
  })().catch(() => {
    // The database closed (sign-out) while the index was being filled: nothing to keep.
  });
  db.onClose.push(() => {
    workOrders.subscription.unsubscribe();
    notes.subscription.unsubscribe();
  });
  return made;
}
