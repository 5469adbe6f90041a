import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { newNote, newWorkOrder } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

const day = 86_400_000;
let offsetMs = 0;
let server: TestServer;
let supervisorToken: string;
let supervisorId: string;
let tech01: NodeClient;
let tech02: NodeClient;
/** tech01's work-order pushes wait while this is set: its notes reach the server first. */
let holdWorkOrderPush: Promise<void> | null = null;

beforeAll(async () => {
  // The server's clock can be moved forward: the 90-day window passes without anyone writing.
  server = await startTestServer({ demo: false, now: () => new Date(Date.now() + offsetMs) });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  const login = await loginHttp(server.url, 'super01');
  supervisorToken = login.token;
  supervisorId = login.user.id;
  tech01 = await startNodeClient(server.url, 'tech01', undefined, {
    beforeRequest: async (url) => {
      if (url.includes('/sync/work-orders/push')) await holdWorkOrderPush;
    },
  });
  tech02 = await startNodeClient(server.url, 'tech02');
});
afterAll(async () => {
  await tech01.close();
  await tech02.close();
  await server.stop();
});

async function pushAsSupervisor(collection: string, doc: Record<string, unknown>) {
  const answer = await http(server.url, `/sync/${collection}/push`, { token: supervisorToken, body: [{ assumedMasterState: null, newDocumentState: doc }] });
  expect(answer).toMatchObject({ status: 200, body: [] });
}

const held = async (client: NodeClient, id: string) => (await client.db.work_orders.findOne(id).exec())?.toJSON();
const notesHeld = async (client: NodeClient, workOrderId: string) => (await client.db.work_order_notes.find({ selector: { workOrderId } }).exec()).map((n) => n.id);

describe('a work order that leaves a technician\'s view', () => {
  it('is taken off the device of a technician who held it when a supervisor closes it, with its notes', async () => {
    const wo = newWorkOrder({ status: 'in-progress', assigneeId: tech01.userId, createdBy: supervisorId });
    const note = newNote(wo.id, { authorId: supervisorId });
    await pushAsSupervisor('work-orders', wo);
    await pushAsSupervisor('work-order-notes', note);
    await Promise.all([tech01.awaitInSync(), tech02.awaitInSync()]);
    expect(await held(tech02, wo.id)).toMatchObject({ status: 'in-progress' });
    expect(await notesHeld(tech02, wo.id)).toEqual([note.id]);

    const closed = { ...wo, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Replaced the fuser.', updatedAt: new Date().toISOString(), updatedBy: supervisorId };
    const answer = await http(server.url, '/sync/work-orders/push', { token: supervisorToken, body: [{ assumedMasterState: wo, newDocumentState: closed }] });
    expect(answer.status).toBe(200);
    await Promise.all([tech01.awaitInSync(), tech02.awaitInSync()]);

    expect(await held(tech02, wo.id)).toBeUndefined();
    expect(await notesHeld(tech02, wo.id)).toEqual([]);
    // Its own technician keeps it (recently worked), closed.
    expect(await held(tech01, wo.id)).toMatchObject({ status: 'closed' });
    expect(await notesHeld(tech01, wo.id)).toEqual([note.id]);
  });

  it('leaves its technician\'s device too once the 90-day window has passed, with no write to carry it', async () => {
    const finished = new Date(Date.now() - 89 * day).toISOString();
    const wo = newWorkOrder({ status: 'closed', assigneeId: tech01.userId, createdBy: supervisorId, resolutionCode: 'other', resolutionSummary: 'Done.', createdAt: finished, updatedAt: finished });
    const note = newNote(wo.id, { authorId: supervisorId });
    await pushAsSupervisor('work-orders', wo);
    await pushAsSupervisor('work-order-notes', note);
    await tech01.awaitInSync();
    expect(await held(tech01, wo.id)).toMatchObject({ status: 'closed' });

    offsetMs = 2 * day;
    try {
      expect(await server.sweepViews()).toBeGreaterThan(0);
      await tech01.awaitInSync();
      expect(await held(tech01, wo.id)).toBeUndefined();
      expect(await notesHeld(tech01, wo.id)).toEqual([]);
      // Swept once: the next sweep has nothing left to do.
      expect(await server.sweepViews()).toBe(0);
    } finally {
      offsetMs = 0;
    }
  });
});

describe('a work order that enters a technician\'s view', () => {
  it('brings its notes, even those pushed before it', async () => {
    tech01.setOnline(false);
    const wo = newWorkOrder({ status: 'new', createdBy: tech01.userId });
    await tech01.db.work_orders.insert(wo);
    const note = newNote(wo.id, { authorId: tech01.userId, text: 'Found it unplugged.' });
    await tech01.db.work_order_notes.insert(note);
    let release: () => void = () => undefined;
    holdWorkOrderPush = new Promise((resolve) => (release = resolve));
    tech01.setOnline(true);

    // The note reaches the server while its work order is still on the way: tech02 cannot see it yet.
    await eventually('the note stored on the server', async () => {
      const answer = await http(server.url, '/sync/work-order-notes/pull?seq=0&limit=2000', { token: supervisorToken });
      return (answer.body as { documents: { id: string }[] }).documents.some((n) => n.id === note.id);
    });
    await tech02.awaitInSync();
    expect(await notesHeld(tech02, wo.id)).toEqual([]);

    release();
    holdWorkOrderPush = null;
    await tech01.awaitInSync();
    await tech02.awaitInSync();
    expect(await held(tech02, wo.id)).toMatchObject({ title: wo.title });
    expect(await notesHeld(tech02, wo.id)).toEqual([note.id]);
    // Its author keeps it too, though the server once called it out of view (no work order yet).
    expect(await notesHeld(tech01, wo.id)).toEqual([note.id]);
  });
});
