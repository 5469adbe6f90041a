import { createRevision, getAllCollectionDocuments, now, overwritable, type RxDatabase, type RxDocumentData, type InternalStoreCollectionDocType } from 'rxdb';
import { createLocalDocumentStorageInstance } from 'rxdb/plugins/local-documents';
import { collectionNames, isCollectionName } from '@shared/schema/collections';
import type { Bookkeeping, EditConflict, PendingChange, StoredCheckpoint } from '../bookkeeping';
import { pendingChangeMigrations, pendingChangeSchema, type PendingChange as LegacyPending } from './pending-changes.schema';
import { editConflictSchema, type EditConflict as LegacyConflict } from './edit-conflicts.schema';

type CollectionMeta = RxDocumentData<InternalStoreCollectionDocType>;
type Legacy = { pending: PendingChange[]; conflicts: EditConflict[]; checkpoints: { collectionName: string; checkpoint: StoredCheckpoint }[] };

/**
 * Carries a device's bookkeeping over from the builds that kept it in RxDB: the `pending_changes`
 * and `edit_conflicts` collections and the checkpoints in RxDB local documents. Runs before the
 * synced collections open (the two old ones count against RxDB's limit only meanwhile). The tables
 * are written first, then the old storage is removed, so an interrupted upgrade simply runs again:
 * what is already in a table is kept, nothing is added twice, nothing pending is lost.
 * Also removes what RxDB's replication plugin (used by the first builds) left beside collections.
 */
export async function importLegacyBookkeeping(db: RxDatabase, tables: Bookkeeping): Promise<void> {
  const metas = await getAllCollectionDocuments(db.internalStore);
  const names = new Set(metas.map((m) => m.data.name));
  if (names.has('pending_changes') || names.has('edit_conflicts')) {
    const legacy = await readLegacy(db, names);
    await tables.transaction('rw', tables.pending, tables.conflicts, tables.checkpoints, async () => {
      const has = {
        pending: new Set((await tables.pending.toCollection().primaryKeys()).map((k) => k.join(':'))),
        conflicts: new Set(await tables.conflicts.toCollection().primaryKeys()),
        checkpoints: new Set(await tables.checkpoints.toCollection().primaryKeys()),
      };
      await tables.pending.bulkAdd(legacy.pending.filter((p) => !has.pending.has(`${p.collectionName}:${p.docId}`)));
      await tables.conflicts.bulkAdd(legacy.conflicts.filter((c) => !has.conflicts.has(c.id)));
      await tables.checkpoints.bulkAdd(legacy.checkpoints.filter((c) => !has.checkpoints.has(c.collectionName)));
    });
    await (await localDocuments(db)).remove();
    await Promise.all(['pending_changes', 'edit_conflicts'].map((name) => db.collections[name]?.remove()));
  }
  await dropReplicationMeta(db, await getAllCollectionDocuments(db.internalStore));
}

async function readLegacy(db: RxDatabase, names: ReadonlySet<string>): Promise<Legacy> {
  await db.addCollections({
    ...(names.has('pending_changes') ? { pending_changes: { schema: pendingChangeSchema, migrationStrategies: pendingChangeMigrations } } : {}),
    ...(names.has('edit_conflicts') ? { edit_conflicts: { schema: editConflictSchema } } : {}),
  });
  const pending = names.has('pending_changes') ? await db.collections.pending_changes!.find().exec() : [];
  const conflicts = names.has('edit_conflicts') ? await db.collections.edit_conflicts!.find().exec() : [];
  const local = await localDocuments(db);
  const ids = collectionNames.map((name) => `pulled-${name}`);
  const stored = (await local.findDocumentsById(ids, false)) as unknown as { id: string; data: StoredCheckpoint }[];
  await local.close();
  return {
    pending: pending
      .map((doc) => doc.toJSON() as LegacyPending)
      .filter((p) => isCollectionName(p.collectionName))
      .map(({ key: _key, base, ...entry }) => ({ ...entry, collectionName: entry.collectionName as PendingChange['collectionName'], ...(base ? { base: base as PendingChange['base'] } : {}) }) as PendingChange),
    conflicts: conflicts.map((doc) => ({ ...(doc.toJSON() as LegacyConflict) })),
    checkpoints: stored.map(({ id, data }) => ({ collectionName: id.slice('pulled-'.length), checkpoint: data })),
  };
}

/** The storage instance that held the database's RxDB local documents (the old checkpoints). */
const localDocuments = (db: RxDatabase) => createLocalDocumentStorageInstance(db.token, db.storage, db.name, '', {}, false);

/**
 * RxDB's replication kept a metadata storage beside each replicated collection ("connected
 * storages"); our own sync never reads it. Each is removed, and so is its mention.
 */
async function dropReplicationMeta(db: RxDatabase, metas: CollectionMeta[]): Promise<void> {
  for (const meta of metas.filter((m) => m.data.connectedStorages.length > 0)) {
    for (const { collectionName, schema } of meta.data.connectedStorages) {
      const instance = await db.storage.createStorageInstance({
        databaseInstanceToken: db.token, databaseName: db.name, collectionName, schema, options: {}, multiInstance: false, devMode: overwritable.isDevMode(),
      });
      await instance.remove();
    }
    const document = { ...meta, data: { ...meta.data, connectedStorages: [] }, _meta: { ...meta._meta, lwt: now() }, _rev: createRevision(db.token, meta) };
    await db.internalStore.bulkWrite([{ previous: meta, document }], 'fielddesk-drop-replication-meta');
  }
}
