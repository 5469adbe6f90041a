import { addRxPlugin, createRxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { collections, type CollectionName, type CollectionSpec } from '@shared/schema/collections';

/**
 * The storage floor: the same documents the app syncs, bulk-inserted into RxDB on Dexie in
 * Chromium with no network at all, in the batch size the app's replication writes.
 */
declare global {
  interface Window {
    runFloor(docsUrl: string, batch: number): Promise<{ ms: number; count: number }>;
  }
}

// A collection past schema version 0 cannot open without its migrations, as in the app.
addRxPlugin(RxDBMigrationSchemaPlugin);

window.runFloor = async (docsUrl, batch) => {
  const byCollection = (await (await fetch(docsUrl)).json()) as Record<CollectionName, Record<string, unknown>[]>;
  const names = Object.keys(byCollection) as CollectionName[];
  const db = await createRxDatabase({ name: `floor${Date.now()}`, storage: getRxStorageDexie() });
  const creators = names.map((name) => {
    const { localName, schema, migrations } = collections[name] as CollectionSpec<never>;
    return [localName, { schema, ...(migrations ? { migrationStrategies: migrations } : {}) }];
  });
  await db.addCollections(Object.fromEntries(creators) as never);
  const started = performance.now();
  let count = 0;
  for (const name of names) {
    const docs = byCollection[name];
    const collection = db.collections[collections[name].localName];
    for (let i = 0; i < docs.length; i += batch) {
      await collection?.bulkInsert(docs.slice(i, i + batch));
      count += Math.min(batch, docs.length - i);
    }
  }
  const ms = performance.now() - started;
  await db.remove();
  return { ms, count };
};
