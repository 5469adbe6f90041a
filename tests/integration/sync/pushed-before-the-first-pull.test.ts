import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let supervisorToken: string;
let supervisorId: string;
let tech01: NodeClient;
/** While set, tech01's note pushes wait for it: the work order's exit reaches the device first. */
let holdNotePush: Promise<unknown> | null = null;

beforeAll(async () => {
  // No notes on the server: tech01's device has never pulled one, its notes checkpoint is 0.
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  ({ token: supervisorToken, user: { id: supervisorId } } = await loginHttp(server.url, 'super01'));
  tech01 = await startNodeClient(server.url, 'tech01', undefined, {
    beforeRequest: async (url) => {
      if (url.includes('/sync/work-order-notes/push')) await holdNotePush;
    },
  });
});
afterAll(async () => {
  await tech01.close();
  await server.stop();
});

describe('a note written offline on a work order that left the view meanwhile', () => {
  it('reaches the server and then leaves the device, although it was pushed before the device ever pulled a note', async () => {
    const tech02 = (await loginHttp(server.url, 'tech02')).user.id;
    const wo = newWorkOrder({ status: 'assigned', assigneeId: tech02, createdBy: supervisorId });
    expect(await http(server.url, '/sync/work-orders/push', { token: supervisorToken, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200 });
    await tech01.awaitInSync();
    expect(await tech01.db.work_orders.findOne(wo.id).exec()).not.toBeNull();

    tech01.setOnline(false);
    const note = newNote(wo.id, { authorId: tech01.userId, text: 'Printer on the second floor checked: paper jam cleared.' });
    await tech01.db.work_order_notes.insert(note);
    // Meanwhile the supervisor closes it: it was tech02's, so it leaves tech01's view.
    const closed = { ...wo, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Replaced by the vendor.', updatedAt: new Date().toISOString(), updatedBy: supervisorId };
    expect(await http(server.url, '/sync/work-orders/push', { token: supervisorToken, body: [{ assumedMasterState: wo, newDocumentState: closed }] })).toMatchObject({ status: 200 });

    holdNotePush = eventually('the work order gone from tech01', async () => ((await tech01.db.work_orders.findOne(wo.id).exec()) === null ? 'gone' : null));
    tech01.setOnline(true);
    await holdNotePush;
    await tech01.awaitInSync();

    // The note is not lost: it is on the server, for those who may read it.
    expect([...(await pullAll(server.url, supervisorToken, 'work-order-notes')).keys()]).toContain(note.id);
    // And no copy stays on the device of a technician who may no longer read it.
    expect(await tech01.db.work_order_notes.find().exec()).toEqual([]);
  });
});
