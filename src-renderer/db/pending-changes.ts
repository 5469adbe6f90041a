import type { RxCollection, RxDocumentData } from 'rxdb';
import type { CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import type { Outbox } from '../sync/outbox';

type Stamped = { id: string; updatedAt: string };
export type StoredDoc = RxDocumentData<WireDoc>;

/** A stored document as the server knows it: RxDB's bookkeeping stripped, the deleted flag kept. */
export function wireOf(doc: StoredDoc | RxDocumentData<Stamped>): WireDoc {
  const { _meta, _rev, _attachments, ...state } = doc as StoredDoc;
  return state as WireDoc;
}

/**
 * Marks every document the user writes as pending, before the write lands, so an edit is never
 * stored without its mark (a crash in between leaves at most a mark with nothing new to send). The
 * first mark keeps the document as it was: the base its push is compared against. Sync writes
 * straight to storage, so pulled documents are never marked.
 */
export function trackPendingChanges(collections: ReadonlyMap<CollectionName, RxCollection<Stamped>>, outbox: Outbox): void {
  for (const [name, collection] of collections) {
    const mark = (data: Stamped, before?: RxDocumentData<Stamped>) => outbox.mark(name, data, before ? wireOf(before) : undefined);
    collection.preInsert((data) => mark(data), false);
    // RxDB's typings promise an RxDocument here; version 17 passes the stored data. Either works.
    collection.preSave((data, before: unknown) => mark(data, plainData(before)), false);
    // The removed state is not yet flagged deleted when the hook runs: it is the base.
    collection.preRemove((data) => mark(data, { ...data, _deleted: false } as RxDocumentData<Stamped>), false);
  }
}

function plainData(doc: unknown): RxDocumentData<Stamped> {
  const withJson = doc as { toJSON?: (withMeta: boolean) => unknown };
  return (typeof withJson.toJSON === 'function' ? withJson.toJSON(true) : doc) as RxDocumentData<Stamped>;
}
