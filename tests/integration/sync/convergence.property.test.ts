import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { sameDocument } from '@shared/sync/same-document';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

const users = ['super01', 'super02', 'tech01'];
const fields = ['title', 'room', 'description', 'status'] as const;
const statuses = ['assigned', 'in-progress', 'on-hold', 'resolved'];

type Command =
  | { kind: 'edit'; client: number; order: number; field: (typeof fields)[number]; pick: number }
  | { kind: 'note'; client: number; order: number }
  | { kind: 'offline' | 'online' | 'settle'; client: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), client: fc.nat(2), order: fc.nat(2), field: fc.constantFrom(...fields), pick: fc.nat(99) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('note' as const), client: fc.nat(2), order: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('offline' as const, 'online' as const, 'settle' as const), client: fc.nat(2) }) },
);

let server: TestServer;
let supervisorToken: string;
let supervisorId: string;
let technicianId: string;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  ({ token: supervisorToken, user: { id: supervisorId } } = await loginHttp(server.url, 'super01'));
  technicianId = (await loginHttp(server.url, 'tech01')).user.id;
});
afterAll(() => server.stop());

/** A strictly increasing clock, so "the later edit" is always well defined. */
let last = 0;
const tick = () => new Date((last = Math.max(Date.now(), last + 1))).toISOString();

async function run(client: NodeClient, c: Command, orderIds: string[], notesWritten: Set<string>): Promise<void> {
  if (c.kind !== 'edit' && c.kind !== 'note') {
    if (c.kind !== 'settle') client.setOnline(c.kind === 'online');
    return;
  }
  const id = orderIds[c.order] as string;
  if (c.kind === 'note') {
    const noteId = uuidv7();
    const at = tick();
    await client.db.work_order_notes.insert({ id: noteId, workOrderId: id, authorId: client.userId, authorName: 'x', kind: 'note', text: `note ${noteId}`, createdAt: at, updatedAt: at });
    notesWritten.add(noteId);
    return;
  }
  const doc = await client.db.work_orders.findOne(id).exec();
  if (!doc) return;
  const value = c.field === 'status' ? (statuses[c.pick % statuses.length] as string) : `${c.field} ${c.pick}`;
  await doc.incrementalPatch({ [c.field]: value, updatedAt: tick() });
}

describe('sync convergence (property)', () => {
  it('clients editing offline and syncing in any order end with the server\'s documents, and no note is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 24 }), async (commands) => {
        const orders = [0, 1, 2].map(() => newWorkOrder({ status: 'assigned', assigneeId: technicianId, resolutionCode: 'other', resolutionSummary: 'Reseated the cable.', createdBy: supervisorId }));
        const push = await http(server.url, '/sync/work-orders/push', {
          token: supervisorToken,
          body: orders.map((o) => ({ assumedMasterState: null, newDocumentState: o })),
        });
        expect(push.status).toBe(200);
        const clients = await Promise.all(users.map((u) => startNodeClient(server.url, u)));
        const notesWritten = new Set<string>();
        try {
          await Promise.all(clients.map((c) => c.awaitInSync()));
          for (const c of commands) {
            const client = clients[c.client] as NodeClient;
            await run(client, c, orders.map((o) => o.id), notesWritten);
            if (c.kind === 'settle') await Promise.race([client.awaitInSync(), new Promise((r) => setTimeout(r, 3000))]);
          }
          for (const client of clients) client.setOnline(true);
          await expectConvergence(clients, orders.map((o) => o.id), notesWritten);
        } finally {
          await Promise.all(clients.map((c) => c.close()));
        }
      }),
      { numRuns: 8, interruptAfterTimeLimit: 150_000 },
    );
  }, 200_000);
});

async function expectConvergence(clients: NodeClient[], orderIds: string[], notesWritten: Set<string>): Promise<void> {
  let mismatch = '';
  for (let round = 0; round < 20; round++) {
    await Promise.all(clients.map((c) => c.awaitInSync()));
    const orders = await pullAll(server.url, supervisorToken, 'work-orders');
    const notes = await pullAll(server.url, supervisorToken, 'work-order-notes');
    mismatch = '';
    for (const id of notesWritten) if (!notes.has(id)) mismatch = `note ${id} missing on the server`;
    for (const client of clients) {
      for (const id of orderIds) {
        const local = (await client.db.work_orders.findOne(id).exec())?.toMutableJSON();
        const { _deleted, ...remote } = orders.get(id) ?? {};
        if (!sameDocument(local as never, remote)) mismatch = `work order ${id} differs on a client`;
      }
      const localNotes = await client.db.work_order_notes.findByIds([...notesWritten]).exec();
      if (localNotes.size !== notesWritten.size) mismatch = 'a client is missing notes';
    }
    if (!mismatch) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(mismatch).toBe('');
}
