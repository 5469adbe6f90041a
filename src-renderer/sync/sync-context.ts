import type { RxCollection } from 'rxdb';
import { collections, type CollectionName, type CollectionSpec } from '@shared/schema/collections';
import type { FieldDeskApi } from '@shared/api/contract';
import type { WireDoc } from '@shared/sync/protocol';
import { editConflictsOf, localCollection, outboxOf, type FieldDeskDatabase } from '../db/database';
import type { EditConflicts } from './edit-conflicts';
import type { Outbox } from './outbox';

/** What syncing one collection works with. */
export type SyncContext = {
  db: FieldDeskDatabase;
  name: CollectionName;
  spec: CollectionSpec<unknown>;
  collection: RxCollection<WireDoc>;
  api: FieldDeskApi;
  conflicts: EditConflicts;
  /** The device's bookkeeping: pending changes with their base, edits not applied, checkpoints. */
  outbox: Outbox;
};

export function syncContext(db: FieldDeskDatabase, name: CollectionName, api: FieldDeskApi): SyncContext {
  return {
    db,
    name,
    spec: collections[name] as CollectionSpec<unknown>,
    collection: localCollection(db, name) as unknown as RxCollection<WireDoc>,
    api,
    conflicts: editConflictsOf(db),
    outbox: outboxOf(db),
  };
}
