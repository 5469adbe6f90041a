import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxPushRows } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { http, loginHttp } from '../../support/api';
import { newNote, newWorkOrder } from '../../support/documents';
import { startNodeClient } from '../../support/node-client';

let server: TestServer;
let token: string;
let me: string;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await createAccount(server.db, 'tech', 'technician');
  ({ token, user: { id: me } } = await loginHttp(server.url, 'tech'));
});
afterAll(() => server.stop());

const storedCount = async (collection: string) =>
  Number((await server.db.query<{ n: string }>('SELECT count(*) AS n FROM documents WHERE collection = $1', [collection])).rows[0]?.n);

describe('the push row cap', () => {
  it('refuses a push of 1,001 rows with 413 naming the limit, storing none of it', async () => {
    const wo = newWorkOrder({ createdBy: me });
    const rows = Array.from({ length: 1001 }, () => ({ assumedMasterState: null, newDocumentState: newNote(wo.id, { authorId: me }) }));
    const answer = await http(server.url, '/sync/work-order-notes/push', { token, body: rows });
    expect(answer).toEqual({
      status: 413,
      body: { error: 'a push carries at most 1000 rows, this one has 1001: send them in smaller batches', field: 'rows' },
    });
    expect(await storedCount('work-order-notes')).toBe(0);
    expect((await http(server.url, '/sync/work-order-notes/push', { token, body: rows.slice(0, maxPushRows) })).status).toBe(200);
    expect(await storedCount('work-order-notes')).toBe(1000);
  });

  it('is never reached by a device: 1,200 pending notes all arrive, in batches under the cap', async () => {
    const client = await startNodeClient(server.url, 'tech');
    const wo = newWorkOrder({ createdBy: client.userId });
    await client.db.work_orders.insert(wo);
    await client.db.work_order_notes.bulkInsert(Array.from({ length: 1200 }, () => newNote(wo.id, { authorId: client.userId })));
    await client.awaitInSync();
    const { rows } = await server.db.query<{ n: string }>("SELECT count(*) AS n FROM documents WHERE collection = 'work-order-notes' AND data->>'workOrderId' = $1", [wo.id]);
    expect(Number(rows[0]?.n)).toBe(1200);
    await client.close();
  });
});
