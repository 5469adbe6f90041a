import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameDocument } from '@shared/sync/same-document';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let supervisorToken: string;
let tech01: NodeClient;
/** While set, tech01's work-order pushes wait for it: the note reaches the server first. */
let holdWorkOrderPush: Promise<void> | null = null;
let release = () => undefined as void;

beforeAll(async () => {
  // No notes on the server: tech01's notes checkpoint stays at 0, so its next notes pull is one
  // from the start, in which the server sends only what tech01 may read.
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  supervisorToken = (await loginHttp(server.url, 'super01')).token;
  tech01 = await startNodeClient(server.url, 'tech01', undefined, {
    beforeRequest: async (url) => {
      if (url.includes('/sync/work-orders/push')) await holdWorkOrderPush;
    },
  });
  await tech01.awaitInSync();
});
afterAll(async () => {
  release();
  await tech01.close();
  await server.stop();
});

describe('a note written on a new work order that reaches the server before the work order', () => {
  it('stays on the laptop that wrote it, though a pull from the start left it out, and ends as the server has it', async () => {
    holdWorkOrderPush = new Promise<void>((resolve) => (release = resolve));
    const wo = newWorkOrder({ status: 'new', createdBy: tech01.userId });
    await tech01.db.work_orders.insert(wo);
    const note = newNote(wo.id, { authorId: tech01.userId, text: 'Badge reader at the annex door: no power at the panel.' });
    await tech01.db.work_order_notes.insert(note);

    // The note is pushed, and the notes pulled past it, while the server still lacks its work order.
    await eventually('the notes pulled past the note', async () => ((await tech01.outbox.loadCheckpoint('work-order-notes')).seq > 0 ? 'past' : null));
    expect(await tech01.db.work_order_notes.findOne(note.id).exec()).not.toBeNull();

    release();
    await tech01.awaitInSync();
    const onServer = (await pullAll(server.url, supervisorToken, 'work-order-notes')).get(note.id);
    expect(onServer).toBeDefined();
    const held = await tech01.db.work_order_notes.findOne(note.id).exec();
    expect(sameDocument(held ? { ...held.toMutableJSON(), _deleted: false } : null, onServer ?? null)).toBe(true);
  });
});
