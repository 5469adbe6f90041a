import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '../../support/server-process';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';

const dataDir = mkdtempSync(join(tmpdir(), 'fd-kill-'));
let server: ServerProcess;
let client: NodeClient | undefined;
afterAll(async () => {
  await client?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server killed in the middle of a push batch', () => {
  it('loses nothing: after a restart every work order of the batch is stored exactly once', async () => {
    server = await spawnServer({ dataDir });
    let killed: Promise<void> | null = null;
    client = await startNodeClient(server.url, 'super01', ['work-orders'], { beforeRequest: (url) => {
      // The first push is on the wire: pull the plug a moment later, mid-transaction or mid-answer.
      if (url.includes('/push') && !killed) killed = new Promise((r) => setTimeout(r, 5)).then(() => server.kill());
    } });
    await client.awaitInSync();

    const orders = Array.from({ length: 500 }, (_, i) => {
      const { _deleted, ...doc } = newWorkOrder({ title: `Kill test ${i}`, createdBy: client?.userId ?? '' });
      return doc;
    });
    await client.db.work_orders.bulkInsert(orders);
    await eventually('the kill', () => killed !== null, 20_000);
    await killed;
    await eventually('the client to notice', async () => (await client?.gateway['sync:status']({}))?.connection.state === 'offline', 30_000);

    server = await spawnServer({ dataDir, port: server.port });
    await client.awaitInSync();
    const { token } = await loginHttp(server.url, 'super02');
    const stored = await eventually('all 500 on the server', async () => {
      const docs = await pullAll(server.url, token, 'work-orders');
      return orders.every((o) => docs.has(o.id)) ? docs : null;
    }, 60_000);
    const numbers = orders.map((o) => stored.get(o.id)?.number);
    expect(new Set(numbers).size).toBe(500);
    expect((await client.db.work_orders.find({ selector: { title: { $regex: '^Kill test' } } }).exec()).length).toBe(500);
  });
});
