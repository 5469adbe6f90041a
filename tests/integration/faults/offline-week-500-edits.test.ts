import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';

let server: TestServer;
let client: NodeClient;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await client?.close();
  await server.stop();
});

describe('a client offline for a week with 500 pending edits', () => {
  it('sends every edit on reconnecting, and keeps the edits others made meanwhile', async () => {
    client = await startNodeClient(server.url, 'tech02');
    await client.awaitInSync();
    client.setOnline(false);

    const open = await client.db.work_orders.find({ selector: { status: { $in: ['assigned', 'in-progress'] } }, limit: 500 }).exec();
    expect(open.length).toBe(500);
    let clock = Date.now();
    for (const doc of open) await doc.incrementalPatch({ room: 'B-17', updatedAt: new Date(++clock).toISOString() });

    // Meanwhile a supervisor retitles 20 of the same work orders on the server.
    const { token } = await loginHttp(server.url, 'super01');
    const retitled = open.slice(0, 20).map((d) => d.toMutableJSON());
    const answer = await http(server.url, '/sync/work-orders/push', {
      token,
      body: retitled.map((doc) => ({
        assumedMasterState: { ...doc, _deleted: false },
        newDocumentState: { ...doc, room: doc.room, title: `Retitled ${doc.id}`, updatedAt: new Date(clock - 1000).toISOString(), _deleted: false },
      })),
    });
    expect(answer).toMatchObject({ status: 200, body: [] });

    client.setOnline(true);
    await client.awaitInSync();
    const stored = await pullAll(server.url, token, 'work-orders');
    expect(open.every((d) => stored.get(d.id)?.room === 'B-17')).toBe(true);
    expect(retitled.every((d) => stored.get(d.id)?.title === `Retitled ${d.id}`)).toBe(true);
    const local = await client.db.work_orders.findByIds(retitled.map((d) => d.id)).exec();
    expect([...local.values()].every((d) => d.title.startsWith('Retitled') && d.room === 'B-17')).toBe(true);
  });
});
