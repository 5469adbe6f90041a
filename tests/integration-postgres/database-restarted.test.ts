import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '@shared/sync/gateway';
import type { StreamMessage } from '@shared/sync/protocol';
import { createTestDatabase } from '../support/server';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { eventually, gatewayFor } from '../support/api';
import { newWorkOrder } from '../support/documents';

// Restarts the PostgreSQL cluster that scripts/with-postgres.mjs started (TEST_DATABASE_RESTART).
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let server: ServerProcess;
let writer: Gateway;
let watcher: Gateway;

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL || !process.env.TEST_DATABASE_RESTART) throw new Error('run through scripts/with-postgres.mjs');
  database = await createTestDatabase(process.env.TEST_DATABASE_URL);
  server = await spawnServer({ dataDir: mkdtempSync(join(tmpdir(), 'fd-r-')), env: { DATABASE_URL: database.url } });
  writer = await gatewayFor(server.url, 'tech07');
  watcher = await gatewayFor(server.url, 'super01');
});
afterAll(async () => {
  writer?.close();
  watcher?.close();
  await server?.stop();
  await database?.drop();
});

describe("the server's database restarted", () => {
  it('loses no write: pushes work again, and live changes keep reaching clients', async () => {
    const messages: StreamMessage[] = [];
    watcher.onStream((m) => messages.push(m));
    await eventually('online', async () => (await watcher['sync:status']({})).connection.state === 'online');

    execSync(process.env.TEST_DATABASE_RESTART ?? '', { stdio: 'ignore' });
    messages.length = 0;

    const me = (await writer['auth:session']({}))?.user.id ?? '';
    const wo = newWorkOrder({ title: 'Written across a database restart', createdBy: me });
    const row = { assumedMasterState: null, newDocumentState: wo };
    // The first attempts may meet connections the restart broke; a client simply retries.
    await eventually('the push to be stored', async () => (await writer['sync:push']({ collection: 'work-orders', rows: [row] }).then(() => true, () => false)), 30_000);
    await eventually('a live message after the restart', () => messages.some((m) => m.type === 'changed' || m.type === 'resync'), 30_000);

    const page = await eventually('the document on pull', async () => {
      const answer = await watcher['sync:pull']({ collection: 'work-orders', checkpoint: { seq: 2000 }, limit: 100 }).catch(() => null);
      return answer?.documents.find((d) => d.id === wo.id);
    }, 30_000);
    expect(page).toMatchObject({ title: 'Written across a database restart' });

    // Changes missed while the listener reconnected were announced as `resync`; later ones arrive live.
    messages.length = 0;
    const next = newWorkOrder({ title: 'Written after the restart', createdBy: me });
    await writer['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: null, newDocumentState: next }] });
    await eventually('a live change for it', () => messages.some((m) => m.type === 'changed' && m.collection === 'work-orders'), 30_000);
  });
});
