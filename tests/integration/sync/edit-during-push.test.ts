import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  token = (await loginHttp(server.url, 'super01')).token;
});
afterAll(() => server.stop());

describe('an edit made while the previous edit of the same work order is being pushed', () => {
  it('is pushed too: the server ends with the later edit and nothing stays pending', async () => {
    let editDuringPush: (() => Promise<unknown>) | null = null;
    const client: NodeClient = await startNodeClient(server.url, 'super01', ['work-orders'], { beforeRequest: async (url) => {
      if (!url.includes('/sync/work-orders/push') || !editDuringPush) return;
      const edit = editDuringPush;
      editDuringPush = null;
      await edit();
    } });
    try {
      const wo = newWorkOrder({ status: 'assigned', assigneeId: client.userId, room: '100', createdBy: client.userId });
      await client.db.work_orders.insert(wo);
      await client.awaitInSync();
      const doc = client.db.work_orders.findOne(wo.id);
      editDuringPush = () => doc.incrementalPatch({ room: '300', updatedAt: new Date(Date.now() + 1000).toISOString() });
      await doc.incrementalPatch({ room: '200', updatedAt: new Date().toISOString() });
      await client.awaitInSync();

      expect(editDuringPush).toBeNull();
      expect((await pullAll(server.url, token, 'work-orders')).get(wo.id)).toMatchObject({ room: '300' });
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
