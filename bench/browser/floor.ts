import { createRxDatabase } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { collections, type CollectionName } from '@shared/schema/collections';

/**
 * The storage floor: the same documents the app syncs, bulk-inserted into RxDB on Dexie in
 * Chromium with no network at all, in the batch size the app's replication writes.
 */
declare global {
  interface Window {
    runFloor(docsUrl: string, batch: number): Promise<{ ms: number; count: number }>;
  }
}

window.runFloor = async (docsUrl, batch) => {
  const byCollection = (await (await fetch(docsUrl)).json()) as Record<CollectionName, Record<string, unknown>[]>;
  const names = Object.keys(byCollection) as CollectionName[];
  const db = await createRxDatabase({ name: `floor${Date.now()}`, storage: getRxStorageDexie() });
  await db.addCollections(Object.fromEntries(names.map((n) => [collections[n].localName, { schema: collections[n].schema }])) as never);
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
