import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionNames, collections, type CollectionDocs, type CollectionName, type CollectionSpec } from '@shared/schema/collections';
import type { Site } from '@shared/schema/site.schema';
import type { Person } from '@shared/schema/user.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import type { Attachment } from '@shared/schema/attachment.schema';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import type { InventoryDoc } from '@shared/schema/inventory.schema';
import { withDevChecks } from './dev-checks';
import { Bookkeeping, bookkeepingName, type BookkeepingOptions } from './bookkeeping';
import { importLegacyBookkeeping } from './legacy/import-legacy';
import { trackPendingChanges } from './pending-changes';
import { openOutbox, type Outbox } from '../sync/outbox';
import { createEditConflicts, type EditConflicts } from '../sync/edit-conflicts';
import { listLostEditsOfMine } from '../sync/lost-edits';

/** The synced collections, by local name; local bookkeeping lives in plain Dexie tables (bookkeeping.ts). */
export type FieldDeskCollections = {
  sites: RxCollection<Site>;
  users: RxCollection<Person>;
  work_orders: RxCollection<WorkOrder>;
  work_order_notes: RxCollection<WorkOrderNote>;
  assets: RxCollection<Asset>;
  asset_events: RxCollection<AssetEvent>;
  ergonomic_assessments: RxCollection<ErgonomicAssessment>;
  attachments: RxCollection<Attachment>;
  reference: RxCollection<ReferenceDoc>;
  inventory: RxCollection<InventoryDoc>;
};
export type FieldDeskDatabase = RxDatabase<FieldDeskCollections>;

type Attached = { outbox: Outbox; conflicts: EditConflicts };
const attached = new WeakMap<FieldDeskDatabase, Attached>();

function attachedTo(db: FieldDeskDatabase): Attached {
  const found = attached.get(db);
  if (!found) throw new Error('database not opened with openDatabase');
  return found;
}

/** The database's sync bookkeeping: pending changes, edits not applied, checkpoints. */
export const outboxOf = (db: FieldDeskDatabase): Outbox => attachedTo(db).outbox;

/** Where the database's replications report refused and overridden edits. */
export const editConflictsOf = (db: FieldDeskDatabase): EditConflicts => attachedTo(db).conflicts;

/** The local collection holding a synced collection's documents. */
export function localCollection<C extends keyof CollectionDocs>(db: FieldDeskDatabase, name: C): RxCollection<CollectionDocs[C]> {
  return db.collections[collections[name].localName as keyof FieldDeskCollections] as unknown as RxCollection<CollectionDocs[C]>;
}

addRxPlugin(RxDBMigrationSchemaPlugin);

export type OpenOptions = {
  storage?: RxStorage<unknown, unknown>;
  name?: string;
  collections?: readonly CollectionName[];
  /** Where the bookkeeping tables' IndexedDB comes from (fake-indexeddb in Node), and test faults. */
  bookkeeping?: BookkeepingOptions;
};

/**
 * One local database per signed-in user, so two people sharing a laptop never see each other's
 * queue: the synced collections in RxDB, and beside it the bookkeeping tables (a Dexie database
 * named after it). IndexedDB (Dexie) in the app; tests running in Node pass RxDB's memory storage
 * and fake-indexeddb.
 */
export async function openDatabase(userId: string, options: OpenOptions = {}): Promise<FieldDeskDatabase> {
  const names = options.collections ?? collectionNames;
  let opened: FieldDeskDatabase | undefined;
  const conflicts = createEditConflicts(() => opened as FieldDeskDatabase, userId);
  const db = await createRxDatabase<FieldDeskCollections>({
    name: options.name ?? `fielddesk-${userId.toLowerCase()}`,
    storage: withDevChecks(options.storage ?? getRxStorageDexie()),
    closeDuplicates: true,
  });
  const tables = new Bookkeeping(bookkeepingName(db.name), options.bookkeeping);
  try {
    const outbox = await openOutbox(tables);
    attached.set(db, { outbox, conflicts });
    db.onClose.push(() => tables.close());
    // Before the synced collections open: the builds that kept the bookkeeping in RxDB need two more meanwhile.
    await importLegacyBookkeeping(db as unknown as RxDatabase, tables);
    const synced = Object.fromEntries(
      names.map((name) => {
        const { localName, schema, migrations } = collections[name] as CollectionSpec<never>;
        return [localName, { schema, ...(migrations ? { migrationStrategies: migrations } : {}) }];
      }),
    );
    await db.addCollections(synced as never);
    trackPendingChanges(new Map(names.map((name) => [name, localCollection(db, name) as never])), outbox);
    // Ends with the database: RxDB completes its event streams on close.
    listLostEditsOfMine(db, outbox, userId);
  } catch (error) {
    await db.close();
    throw error;
  }
  opened = db;
  return db;
}

/** Removes the user's local database and its bookkeeping (tests; a device handed to someone else). */
export async function removeDatabase(db: FieldDeskDatabase): Promise<void> {
  const { tables } = outboxOf(db);
  await db.remove();
  await tables.delete();
}
