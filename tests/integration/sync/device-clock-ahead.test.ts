import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';

let server: TestServer;
let token: string;
let wrongClock: NodeClient;
let colleague: NodeClient;
beforeAll(async () => {
  server = await startTestServer();
  const login = await loginHttp(server.url, 'super01');
  token = login.token;
  wrongClock = await startNodeClient(server.url, 'tech01');
  colleague = await startNodeClient(server.url, 'tech02');
});
afterAll(async () => {
  await wrongClock.close();
  await colleague.close();
  await server.stop();
});

const edit = (client: NodeClient, id: string, room: string, updatedAt: string) =>
  client.db.work_orders.findOne(id).incrementalPatch({ room, updatedAt, updatedBy: client.userId });

describe('a laptop whose clock is years ahead', () => {
  it('is synced, but its edit carries the server\'s time, so a later edit made elsewhere still wins the merge', async () => {
    const { user } = await loginHttp(server.url, 'super01');
    const wo = newWorkOrder({ status: 'assigned', assigneeId: wrongClock.userId, createdBy: user.id });
    expect(await http(server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toEqual({ status: 200, body: [] });
    await Promise.all([wrongClock.awaitInSync(), colleague.awaitInSync()]);
    colleague.setOnline(false);

    await edit(wrongClock, wo.id, '301', '2099-06-01T09:00:00.000Z');
    await wrongClock.awaitInSync();
    const stored = (await pullAll(server.url, token, 'work-orders')).get(wo.id);
    expect(stored).toMatchObject({ room: '301' });
    expect(Math.abs(Date.parse(String(stored?.updatedAt)) - Date.now())).toBeLessThan(60_000);

    // Offline, the colleague moves it again, after the wrong-clock edit reached the server.
    await edit(colleague, wo.id, '204', new Date(Date.now() + 1).toISOString());
    colleague.setOnline(true);
    await colleague.awaitInSync();

    expect((await pullAll(server.url, token, 'work-orders')).get(wo.id)).toMatchObject({ room: '204', updatedBy: colleague.userId });
    await eventually('the wrong-clock laptop to hold the server copy', async () => {
      await wrongClock.awaitInSync();
      return (await wrongClock.db.work_orders.findOne(wo.id).exec())?.room === '204';
    });
    expect((await wrongClock.db.work_orders.findOne(wo.id).exec())?.updatedAt.startsWith('2099')).toBe(false);
  });
});

describe('a status change written on a laptop whose clock is years ahead', () => {
  it('keeps the step but records it at the server\'s time, so the SLA clock is not paused until 2099', async () => {
    const { user } = await loginHttp(server.url, 'super01');
    const wo = newWorkOrder({ status: 'assigned', assigneeId: wrongClock.userId, createdBy: user.id });
    expect(await http(server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toEqual({ status: 200, body: [] });
    const tech = await loginHttp(server.url, 'tech01');
    const step = newNote(wo.id, {
      authorId: tech.user.id,
      kind: 'status-change',
      text: 'On hold: waiting for parts',
      statusChange: { from: 'assigned', to: 'on-hold', holdReason: 'waiting-for-parts', at: '2099-06-01T09:00:00.000Z' },
    });
    const answer = await http(server.url, '/sync/work-order-notes/push', { token: tech.token, body: [{ assumedMasterState: null, newDocumentState: step }] });
    expect(answer).toEqual({ status: 200, body: [] });
    const stored = (await pullAll(server.url, token, 'work-order-notes')).get(step.id);
    expect(stored).toMatchObject({ statusChange: { from: 'assigned', to: 'on-hold', holdReason: 'waiting-for-parts' } });
    expect(Math.abs(Date.parse(String((stored?.statusChange as { at: string }).at)) - Date.now())).toBeLessThan(60_000);
  });
});
