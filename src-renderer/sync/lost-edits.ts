import { merge, mergeMap, type Observable, type Subscription } from 'rxjs';
import type { RxChangeEvent } from 'rxdb';
import type { CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import { localCollection, type FieldDeskDatabase } from '../db/database';
import type { Outbox } from './outbox';
import { label } from './edit-conflicts';

type LostEdit = NonNullable<WorkOrderNote['lostEdit']>;
/** A timeline entry that concerns this user's list: a value of someone's that gave way, or a decision on one. */
type Found = { timelineId: string; name: CollectionName; docId: string; authorId: string } & ({ lostEdit: LostEdit } | { dismisses: string });

/**
 * Keeps this user's list of edits not applied in step with the timelines, whichever device wrote
 * them. A value of theirs that gave way to someone's later edit made on another device is listed:
 * that device kept it on the record's timeline, naming whose value it was, and the entry here
 * takes the timeline entry's id, so seeing it twice lists it once. A `lost-edit-dismissed` entry of
 * theirs (written when they dismissed or re-applied it on any device) takes it off the list.
 */
export function listLostEditsOfMine(db: FieldDeskDatabase, outbox: Outbox, me: string): Subscription {
  const found: Observable<Found>[] = [];
  if (db.work_order_notes) found.push(inserted(db.work_order_notes.insert$, (n: WorkOrderNote) => ofEntry(n.id, 'work-orders', n.workOrderId, n)));
  if (db.asset_events) found.push(inserted(db.asset_events.insert$, (e: AssetEvent) => ofEntry(e.id, 'assets', e.assetId, e)));
  return merge(...found).subscribe((entry) => {
    const done = 'dismisses' in entry
      ? entry.authorId === me && outbox.decide(entry.dismisses, 'dismissed', { collectionName: entry.name, docId: entry.docId })
      : entry.lostEdit.setBy === me && entry.lostEdit.keptBy !== me && list(db, outbox, entry.timelineId, entry.name, entry.docId, entry.lostEdit);
    if (done) done.catch((error: unknown) => console.error('Could not update the list of edits not applied.', error));
  });
}

function ofEntry(timelineId: string, name: CollectionName, docId: string, entry: { authorId: string; lostEdit?: LostEdit; dismisses?: string }): Found | undefined {
  if (entry.dismisses) return { timelineId, name, docId, authorId: entry.authorId, dismisses: entry.dismisses };
  if (entry.lostEdit) return { timelineId, name, docId, authorId: entry.authorId, lostEdit: entry.lostEdit };
  return undefined;
}

function inserted<T>(events: Observable<RxChangeEvent<T>>, pick: (doc: T) => Found | undefined): Observable<Found> {
  return events.pipe(
    mergeMap((event) => {
      const found = pick(event.documentData as T);
      return found ? [found] : [];
    }),
  );
}

async function list(db: FieldDeskDatabase, outbox: Outbox, timelineId: string, name: CollectionName, docId: string, lostEdit: LostEdit): Promise<void> {
  const doc = await localCollection(db, name as 'work-orders').findOne(docId).exec();
  await outbox.recordLost({
    id: timelineId, kind: 'overridden', collectionName: name, docId, label: doc ? label(name, doc.toJSON() as unknown as WireDoc) : name,
    field: lostEdit.field, mine: lostEdit.value, kept: lostEdit.keptValue, keptBy: lostEdit.keptBy, reason: '',
  });
}
