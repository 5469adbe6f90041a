import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';

const require = createRequire(import.meta.url);
// Plugins patch the shared PouchDB constructor: apply them once per process.
const MemoryPouch = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-replication'))
  .defaults({ adapter: 'memory' });
let servers = 0;

/**
 * A CouchDB-protocol server (express-pouchdb on the in-memory adapter) holding `docs`, which also
 * serves the benchmark pages and the raw documents, all from one origin (no CORS in the way).
 */
export async function startPouchServer(docsByCollection: Record<string, Record<string, unknown>[]>) {
  const express = require('express');
  const name = `bench${++servers}`;
  const db = new MemoryPouch(name);
  const all = Object.values(docsByCollection).flat();
  for (let i = 0; i < all.length; i += 5000) {
    await db.bulkDocs(all.slice(i, i + 5000).map(({ _deleted, ...doc }) => ({ ...doc, _id: doc.id as string })), { new_edits: true });
  }
  const app = express();
  app.get('/docs.json', (_req: unknown, res: { json(body: unknown): void }) => res.json(docsByCollection));
  app.use('/pages', express.static(fileURLToPath(new URL('../../out/bench', import.meta.url))));
  app.use('/couch', require('express-pouchdb')(MemoryPouch, { mode: 'minimumForPouchDB', logPath: '/tmp/fielddesk-bench-pouch.log' }));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    remote: `${url}/couch/${name}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
