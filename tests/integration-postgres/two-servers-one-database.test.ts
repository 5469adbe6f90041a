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

// Needs PostgreSQL (two processes cannot share PGlite): runs under scripts/with-postgres.mjs.
const adminUrl = process.env.TEST_DATABASE_URL ?? '';
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let first: ServerProcess;
let second: ServerProcess;
let writer: Gateway;
let watcher: Gateway;

beforeAll(async () => {
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: run through scripts/with-postgres.mjs');
  database = await createTestDatabase(adminUrl);
  const env = { DATABASE_URL: database.url };
  first = await spawnServer({ dataDir: mkdtempSync(join(tmpdir(), 'fd-a-')), env });
  second = await spawnServer({ dataDir: mkdtempSync(join(tmpdir(), 'fd-b-')), env });
  writer = await gatewayFor(first.url, 'tech04');
  watcher = await gatewayFor(second.url, 'super02');
});
afterAll(async () => {
  writer?.close();
  watcher?.close();
  await first?.stop();
  await second?.stop();
  await database?.drop();
});

describe('two server processes on one PostgreSQL', () => {
  it('a change pushed to the first reaches a client streaming from the second', async () => {
    const messages: StreamMessage[] = [];
    watcher.onStream((m) => messages.push(m));
    await eventually('the watcher to be online', async () => (await watcher['sync:status']({})).connection.state === 'online');

    const me = (await writer['auth:session']({}))?.user.id ?? '';
    const wo = newWorkOrder({ title: 'Badge printer offline at the annex', createdBy: me });
    await writer['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: null, newDocumentState: wo }] });

    const change = await eventually('the change on the second server', () => messages.find((m) => m.type === 'changed' && m.collection === 'work-orders'));
    const page = await watcher['sync:pull']({ collection: 'work-orders', checkpoint: { seq: (change as { seq: number }).seq - 1 }, limit: 10 });
    expect(page.documents.map((d) => d.id)).toEqual([wo.id]);
  });
});
