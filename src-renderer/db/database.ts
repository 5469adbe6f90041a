import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collectionNames, collections, type CollectionDocs, type CollectionName, type CollectionSpec } from '@shared/schema/collections';
import type { Site } from '@shared/schema/site.schema';
import type { UserProfile } from '@shared/schema/user.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import type { Attachment } from '@shared/schema/attachment.schema';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { withDevChecks } from './dev-checks';
import { pendingChangeMigrations, pendingChangeSchema, type PendingChange } from './pending-changes.schema';
import { editConflictSchema, type EditConflict } from './edit-conflicts.schema';
import { createEditConflicts, type EditConflicts } from '../sync/edit-conflicts';
import { trackPendingChanges } from './pending-changes';
import { listLostEditsOfMine } from '../sync/lost-edits';

export type FieldDeskCollections = {
  sites: RxCollection<Site>;
  users: RxCollection<UserProfile>;
  work_orders: RxCollection<WorkOrder>;
  work_order_notes: RxCollection<WorkOrderNote>;
  assets: RxCollection<Asset>;
  asset_events: RxCollection<AssetEvent>;
  ergonomic_assessments: RxCollection<ErgonomicAssessment>;
  attachments: RxCollection<Attachment>;
  reference: RxCollection<ReferenceDoc>;
  pending_changes: RxCollection<PendingChange>;
  edit_conflicts: RxCollection<EditConflict>;
};
export type FieldDeskDatabase = RxDatabase<FieldDeskCollections>;

const editConflicts = new WeakMap<FieldDeskDatabase, EditConflicts>();

/** Where the database's replications report refused and overridden edits. */
export function editConflictsOf(db: FieldDeskDatabase): EditConflicts {
  const conflicts = editConflicts.get(db);
  if (!conflicts) throw new Error('database not opened with openDatabase');
  return conflicts;
}

/** The local collection holding a synced collection's documents. */
export function localCollection<C extends keyof CollectionDocs>(db: FieldDeskDatabase, name: C): RxCollection<CollectionDocs[C]> {
  return db.collections[collections[name].localName as keyof FieldDeskCollections] as unknown as RxCollection<CollectionDocs[C]>;
}

addRxPlugin(RxDBLocalDocumentsPlugin);
addRxPlugin(RxDBMigrationSchemaPlugin);

/**
 * One local database per signed-in user, so two people sharing a laptop never see each other's
 * queue. IndexedDB (Dexie) in the app; tests running in Node pass RxDB's memory storage.
 */
export async function openDatabase(
  userId: string,
  options: { storage?: RxStorage<unknown, unknown>; name?: string; collections?: readonly CollectionName[] } = {},
): Promise<FieldDeskDatabase> {
  const names = options.collections ?? collectionNames;
  let opened: FieldDeskDatabase | undefined;
  const conflicts = createEditConflicts(() => opened as FieldDeskDatabase, userId);
  const db = await createRxDatabase<FieldDeskCollections>({
    name: options.name ?? `fielddesk-${userId.toLowerCase()}`,
    storage: withDevChecks(options.storage ?? getRxStorageDexie()),
    closeDuplicates: true,
    // Sync keeps each collection's pull checkpoint here.
    localDocuments: true,
  });
  const synced = Object.fromEntries(
    names.map((name) => {
      const { localName, schema, migrations } = collections[name] as CollectionSpec<never>;
      return [localName, { schema, ...(migrations ? { migrationStrategies: migrations } : {}) }];
    }),
  );
  await db.addCollections({
    ...synced,
    pending_changes: { schema: pendingChangeSchema, migrationStrategies: pendingChangeMigrations },
    edit_conflicts: { schema: editConflictSchema },
  } as never);
  trackPendingChanges(db, names);
  // Ends with the database: RxDB completes its event streams on close.
  listLostEditsOfMine(db, userId);
  opened = db;
  editConflicts.set(db, conflicts);
  return db;
}
