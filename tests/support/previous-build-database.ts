import { addRxPlugin, createRxDatabase, getAllCollectionDocuments, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { collections, type CollectionName } from '@shared/schema/collections';
import { workOrderNoteSchema } from '@shared/schema/work-order-note.schema';
import { assetEventSchema } from '@shared/schema/asset-event.schema';
import type { WireDoc } from '@shared/sync/protocol';
import type { EditConflict, StoredCheckpoint } from '../../src-renderer/db/bookkeeping';
import { pendingChangeSchema, pendingKey } from '../../src-renderer/db/legacy/pending-changes.schema';
import { editConflictSchema } from '../../src-renderer/db/legacy/edit-conflicts.schema';

addRxPlugin(RxDBLocalDocumentsPlugin);

/** A timeline schema as the build before the dismissal entries had it: without that kind and its `dismisses`. */
function beforeDismissals<S extends { version: number; properties: Record<string, unknown> }>(schema: S, kindLength: number): S {
  const { dismisses: _dismisses, kind, ...properties } = schema.properties as Record<string, { enum: readonly string[] }>;
  const kinds = (kind as { enum: readonly string[] }).enum.filter((k) => k !== 'lost-edit-dismissed');
  return { ...schema, version: schema.version - 1, properties: { ...properties, kind: { ...kind, enum: kinds, maxLength: kindLength } } };
}

/** The timeline schema one version earlier: without these parts and these kinds. */
function withoutKinds<S extends { version: number; properties: Record<string, unknown> }>(schema: S, parts: readonly string[], kinds: readonly string[]): S {
  const { kind, ...rest } = schema.properties as Record<string, { enum: readonly string[] }>;
  const properties = Object.fromEntries(Object.entries(rest).filter(([name]) => !parts.includes(name)));
  return { ...schema, version: schema.version - 1, properties: { ...properties, kind: { ...kind, enum: (kind as { enum: readonly string[] }).enum.filter((k) => !kinds.includes(k)) } } };
}

/** Notes schema 3: before referrals, client contacts and time entries (4), checklist answers (5) and outcomes (6). */
const notesBeforeReferrals = withoutKinds(
  withoutKinds(withoutKinds(workOrderNoteSchema, ['checklistOutcome'], ['checklist-outcome']), ['checklistAnswer'], ['checklist-answer']),
  ['referral', 'contact', 'time'],
  ['referral', 'time-entry'],
);

/** Each synced collection's schema as the build before the bookkeeping move stored it. */
const previousSchemas: Partial<Record<CollectionName, unknown>> = {
  'work-order-notes': beforeDismissals(notesBeforeReferrals, 16),
  'asset-events': beforeDismissals(assetEventSchema, 16),
};

/** What that build left on a device: documents, its pending list, its list of edits not applied, its checkpoints. */
export type PreviousDevice = {
  /** The documents as stored on the device (pending edits already applied), by collection. */
  stored: Partial<Record<CollectionName, Record<string, unknown>[]>>;
  /** Waiting changes: `base` is the server's copy the edit was made on (none for a document created offline). */
  pending: { collectionName: CollectionName; docId: string; updatedAt: string; edits?: number; base?: WireDoc }[];
  conflicts?: EditConflict[];
  checkpoints?: Partial<Record<CollectionName, StoredCheckpoint>>;
  /** Collections beside which RxDB's replication plugin (the first builds' sync) left its metadata. */
  replicationMeta?: CollectionName[];
};

/**
 * Writes a device's database the way the build before the bookkeeping move did (src-renderer/db/
 * database.ts on main then): the synced collections in RxDB with the `pending_changes` and
 * `edit_conflicts` collections beside them, and each collection's pull checkpoint in an RxDB local
 * document `pulled-<collection>`. Resolves the database's name, closed, for the new build to open.
 */
export async function writePreviousBuildDatabase(device: PreviousDevice, names: readonly CollectionName[]): Promise<string> {
  const databaseName = `previous-build-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  // Validated: once a client has opened (in dev mode), RxDB insists on it.
  const old = await createRxDatabase({ name: databaseName, storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }), localDocuments: true });
  await old.addCollections({
    ...Object.fromEntries(names.map((name) => [collections[name].localName, { schema: (previousSchemas[name] ?? collections[name].schema) as RxJsonSchema<unknown> }])),
    pending_changes: { schema: pendingChangeSchema },
    edit_conflicts: { schema: editConflictSchema },
  });
  for (const [name, docs] of Object.entries(device.stored) as [CollectionName, Record<string, unknown>[]][]) {
    await old.collections[collections[name].localName]!.bulkInsert(docs.map(({ _deleted, ...doc }) => doc));
  }
  await old.collections.pending_changes!.bulkInsert(
    device.pending.map(({ collectionName, docId, updatedAt, edits = 1, base }) => ({ key: pendingKey(collectionName, docId), collectionName, docId, updatedAt, edits, markedAt: Date.now(), ...(base ? { base } : {}) })),
  );
  await old.collections.edit_conflicts!.bulkInsert(device.conflicts ?? []);
  for (const [name, checkpoint] of Object.entries(device.checkpoints ?? {})) await old.upsertLocal(`pulled-${name}`, checkpoint);
  for (const name of device.replicationMeta ?? []) await leaveReplicationMeta(old, name);
  await old.close();
  return databaseName;
}

/** Runs RxDB's replication plugin once over a collection, as the first builds synced: it keeps metadata beside it. */
async function leaveReplicationMeta(db: RxDatabase, name: CollectionName): Promise<void> {
  const replication = replicateRxCollection<unknown, { seq: number }>({
    collection: db.collections[collections[name].localName]!,
    replicationIdentifier: `fielddesk-${name}-v1`,
    live: false,
    waitForLeadership: false,
    autoStart: true,
    pull: { handler: async () => ({ documents: [], checkpoint: { seq: 0 } }) },
  });
  await replication.awaitInitialReplication();
  await replication.cancel();
}

/** The collections the database's internal store lists, and the metadata storages named beside them. */
export async function collectionsListed(db: RxDatabase): Promise<{ names: string[]; connected: string[] }> {
  const metas = await getAllCollectionDocuments(db.internalStore);
  return { names: metas.map((m) => m.data.name).sort(), connected: metas.flatMap((m) => m.data.connectedStorages.map((s) => s.collectionName)) };
}
