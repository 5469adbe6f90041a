import PouchDB from 'pouchdb-browser';

/** PouchDB in Chromium (IndexedDB) replicating from a CouchDB-protocol server, as people use it. */
declare global {
  interface Window {
    runPouch(remoteUrl: string, batchSize: number | null): Promise<{ ms: number; count: number }>;
  }
}

window.runPouch = async (remoteUrl, batchSize) => {
  const local = new PouchDB(`pouch${Date.now()}`);
  const started = performance.now();
  await PouchDB.replicate(remoteUrl, local, batchSize ? { batch_size: batchSize } : {});
  const ms = performance.now() - started;
  const info = await local.info();
  await local.destroy();
  return { ms, count: info.doc_count };
};
