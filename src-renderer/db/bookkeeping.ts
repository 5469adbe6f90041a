import Dexie, { type DexieOptions, type Middleware, type DBCore, type Table } from 'dexie';
import type { CollectionName } from '@shared/schema/collections';
import type { Checkpoint, WireDoc } from '@shared/sync/protocol';

/**
 * One document changed on this device and not yet accepted by the server. It drives the "N
 * pending" count and the pending badges, and holds `base`, the server's copy the local edits were
 * made on (absent for a document created here), so only changed documents cost a second copy.
 */
export type PendingChange = {
  collectionName: CollectionName;
  docId: string;
  updatedAt: string;
  /** Counts the local writes since the server last accepted the document (see the outbox's settle). */
  edits: number;
  /** This device's clock when the entry was last marked, in ms. */
  markedAt: number;
  /**
   * The device times (`updatedAt`) of the local writes since the server last accepted the
   * document. A user's action stamps every document it writes with one time, so the distinct
   * stamps of all entries count the actions waiting (pending-actions.ts). Absent on entries an
   * earlier build marked: their `updatedAt` stands for them.
   */
  stamps?: string[];
  base?: WireDoc;
};

/**
 * An edit of this user's that did not survive, in words they can act on.
 *   overridden  someone changed the same field later; theirs was kept, mine can be re-applied
 *   refused     the server would not accept the change (role, validation, size); kept so nothing typed is lost
 * state: open -> reapplied | dismissed. An overridden edit's id is its timeline entry's id, so a
 * dismissal made on another device (a `lost-edit-dismissed` entry) finds it here.
 */
export type EditConflict = {
  id: string;
  kind: 'overridden' | 'refused';
  collectionName: string;
  docId: string;
  /** What the user would recognise the document by ("WO-10234 Printer jams", "Asset CTY-0001234"). */
  label: string;
  field: string;
  /** JSON of the user's value, and of the value that was kept. */
  mine: string;
  kept: string;
  keptBy: string;
  reason: string;
  at: string;
  state: 'open' | 'reapplied' | 'dismissed';
};

/**
 * How far a collection has pulled, and from whom: the server's id and the read rule's version the
 * sequence number belongs to. `resyncing`: a pull from the start is under way (another server, a
 * sequence that went back, a newer rule); until it ends, the documents it has not met may be gone.
 */
export type StoredCheckpoint = Checkpoint & { server?: string; view?: number; resyncing?: boolean };

/** Where IndexedDB comes from (fake-indexeddb in Node tests), and fault-injecting middleware for tests. */
export type BookkeepingOptions = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'> & { middleware?: Middleware<DBCore>[] };

/**
 * This device's local-only sync bookkeeping, in plain Dexie tables beside the user's RxDB database
 * (one per user database, named after it). Not RxDB collections: open-source RxDB allows 13
 * collections per page, and these are never synced, queried by the screens' reactive queries, or
 * migrated with a document schema. Only the outbox (src-renderer/sync/outbox.ts) writes them.
 */
export class Bookkeeping extends Dexie {
  pending!: Table<PendingChange, [string, string]>;
  conflicts!: Table<EditConflict, string>;
  checkpoints!: Table<{ collectionName: string; checkpoint: StoredCheckpoint }, string>;
  meta!: Table<{ key: string; value: unknown }, string>;

  constructor(name: string, { middleware = [], ...options }: BookkeepingOptions = {}) {
    super(name, options);
    this.version(1).stores({
      pending: '[collectionName+docId], collectionName',
      conflicts: 'id, state',
      checkpoints: 'collectionName',
      meta: 'key',
    });
    for (const m of middleware) this.use(m);
  }
}

/** The bookkeeping database of an RxDB database: RxDB's Dexie storage names its own `rxdb-dexie-…`. */
export const bookkeepingName = (databaseName: string) => `fielddesk-bookkeeping-${databaseName}`;
