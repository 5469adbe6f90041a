import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { sameDocument } from '@shared/sync/same-document';
import { isTerminal, type WorkOrderStatus } from '@shared/domain/work-order-status';
import type { WireDoc } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

// Three devices fit RxDB's 13 open collections in one process (4 each: work orders, notes and the
// two local lists); more would each need a worker thread of their own.
const users = ['super01', 'tech01', 'tech02'] as const;
const supervisor = 0;
const technicians = [1, 2];
const collections = ['work-orders', 'work-order-notes'] as const;

type Slow = (typeof collections)[number] | 'none';
type Command =
  | { kind: 'create' | 'note' | 'edit' | 'close' | 'reassign' | 'take'; client: number; order: number; pick: number }
  | { kind: 'offline' | 'settle'; client: number }
  | { kind: 'online'; client: number; slow: Slow };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constantFrom('create' as const, 'note' as const, 'edit' as const, 'close' as const, 'reassign' as const, 'take' as const), client: fc.nat(2), order: fc.nat(9), pick: fc.nat(99) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('offline' as const, 'settle' as const), client: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('online' as const), client: fc.nat(2), slow: fc.constantFrom<Slow>('none', 'work-orders', 'work-order-notes') }) },
);

let server: TestServer;
const tokens: string[] = [];
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  for (const user of users) tokens.push((await loginHttp(server.url, user)).token);
});
afterAll(() => server.stop());

let last = 0;
const tick = () => new Date((last = Math.max(Date.now(), last + 1))).toISOString();

type Device = { client: NodeClient; slow: Slow };

async function run(devices: Device[], c: Command, orders: string[]): Promise<void> {
  const device = devices[c.client] as Device;
  const { client } = device;
  if (c.kind === 'offline' || c.kind === 'settle' || c.kind === 'online') {
    if (c.kind === 'online') device.slow = c.slow;
    if (c.kind !== 'settle') client.setOnline(c.kind === 'online');
    else await Promise.race([client.awaitInSync(), new Promise((r) => setTimeout(r, 3000))]);
    return;
  }
  const me = client.userId;
  const isSupervisor = c.client === supervisor;
  if (c.kind === 'create') {
    const tech = devices[technicians[c.pick % 2] as number] as Device;
    const wo = isSupervisor
      ? newWorkOrder({ status: 'assigned', assigneeId: tech.client.userId, createdBy: me, createdAt: tick(), updatedAt: tick(), updatedBy: me })
      : newWorkOrder({ status: 'new', createdBy: me, createdAt: tick(), updatedAt: tick(), updatedBy: me });
    await client.db.work_orders.insert(wo);
    orders.push(wo.id);
    return;
  }
  // Mostly the newest work orders: a note on one created offline is the order that goes wrong.
  if (!('order' in c)) return;
  const id = orders[c.order < 6 ? orders.length - 1 - (c.order % Math.min(2, orders.length)) : c.order % orders.length] as string;
  const doc = await client.db.work_orders.findOne(id).exec();
  if (!doc) return;
  if (c.kind === 'note') {
    await client.db.work_order_notes.insert(newNote(id, { id: uuidv7(), authorId: me, text: `note ${c.pick}`, createdAt: tick(), updatedAt: tick() }));
    return;
  }
  const open = !isTerminal(doc.status as WorkOrderStatus);
  const stamp = { updatedAt: tick(), updatedBy: me };
  if (c.kind === 'edit') await doc.incrementalPatch({ title: `title ${c.pick}`, ...stamp });
  if (c.kind === 'close' && isSupervisor && open) await doc.incrementalPatch({ status: 'closed', resolutionCode: 'other', resolutionSummary: 'Fixed on site.', ...stamp });
  if (c.kind === 'reassign' && isSupervisor && open) {
    const tech = devices[technicians[c.pick % 2] as number] as Device;
    await doc.incrementalPatch({ assigneeId: tech.client.userId, ...(doc.status === 'new' ? { status: 'assigned' } : {}), ...stamp });
  }
  if (c.kind === 'take' && !isSupervisor && doc.status === 'new' && !doc.assigneeId) await doc.incrementalPatch({ assigneeId: me, status: 'assigned', ...stamp });
}

/** What the device holds of a collection, as the server would send it (deleted ones are not held). */
async function held(client: NodeClient, name: (typeof collections)[number]): Promise<Map<string, WireDoc>> {
  const collection = name === 'work-orders' ? client.db.work_orders : client.db.work_order_notes;
  const docs = await collection.find().exec();
  return new Map(docs.map((d) => [d.primary, { ...(d.toMutableJSON() as Record<string, unknown>), _deleted: false }]));
}

async function mismatchOf(devices: Device[]): Promise<string> {
  for (const [i, { client }] of devices.entries()) {
    for (const name of collections) {
      const expected = new Map([...(await pullAll(server.url, tokens[i] as string, name))].filter(([, d]) => !d._deleted));
      const mine = await held(client, name);
      for (const [id, doc] of expected) if (!sameDocument(mine.get(id) ?? null, doc)) return `${users[i]} lacks or differs on ${name} ${id}`;
      for (const id of mine.keys()) if (!expected.has(id)) return `${users[i]} holds ${name} ${id}, outside their view`;
    }
  }
  return '';
}

/** Three devices run the commands, then come online: each ends holding exactly its user's view. */
async function convergesAfter(commands: Command[]): Promise<void> {
  const devices: Device[] = [];
  for (const user of users) {
    const device = { slow: 'none' } as Device;
    device.client = await startNodeClient(server.url, user, collections, {
      // A collection made slow reaches the server late: notes before their work order, or after.
      beforeRequest: async (url) => {
        if (device.slow !== 'none' && url.includes(`/sync/${device.slow}/push`)) await new Promise((r) => setTimeout(r, 300));
      },
    });
    devices.push(device);
  }
  const orders: string[] = [];
  try {
    await Promise.all(devices.map((d) => d.client.awaitInSync()));
    const supervisorDevice = devices[supervisor] as Device;
    for (const status of ['new', 'in-progress'] as const) {
      const wo = newWorkOrder({ status, assigneeId: status === 'new' ? '' : (devices[1] as Device).client.userId, createdBy: supervisorDevice.client.userId });
      await supervisorDevice.client.db.work_orders.insert(wo);
      orders.push(wo.id);
    }
    await Promise.all(devices.map((d) => d.client.awaitInSync()));
    for (const c of commands) await run(devices, c, orders);
    for (const d of devices) d.client.setOnline(true);
    let mismatch = '';
    for (let round = 0; round < 20; round++) {
      await Promise.all(devices.map((d) => d.client.awaitInSync()));
      mismatch = await mismatchOf(devices);
      if (!mismatch) break;
    }
    expect(mismatch).toBe('');
  } finally {
    await Promise.all(devices.map((d) => d.client.close()));
  }
}

const converges = fc.asyncProperty(fc.array(command, { minLength: 6, maxLength: 30 }), convergesAfter);

describe('every reader converges to exactly their view (property)', () => {
  it('after creates, edits, closes, reassignments and notes, offline and online, pushed in any order', async () => {
    await fc.assert(converges, { numRuns: 8, interruptAfterTimeLimit: 150_000 });
  }, 200_000);

  /**
   * A case this property found in CI, replayed: tech02 takes a work order the supervisor then gives
   * to tech01 and closes. A pull calls it out of tech02's view while their change waits; the push's
   * conflict answer brought the server's copy back, and tech02's overridden-edit entry on it,
   * already stored, was sent again unchanged: no later pull repeated either exit, so both stayed.
   */
  it('after a change that waited to be pushed on a work order that left the view', async () => {
    // The commands themselves, not a seed and path: a path whose case passes makes fast-check go on
    // through the next hundred cases from there, which outran the test's time under a loaded CI.
    await convergesAfter([
      { kind: 'take', client: 2, order: 1, pick: 22 },
      { kind: 'reassign', client: 0, order: 3, pick: 0 },
      { kind: 'edit', client: 1, order: 7, pick: 0 },
      { kind: 'take', client: 1, order: 3, pick: 29 },
      { kind: 'close', client: 0, order: 5, pick: 98 },
      { kind: 'online', client: 2, slow: 'work-orders' },
      { kind: 'take', client: 0, order: 2, pick: 29 },
      { kind: 'settle', client: 2 },
      { kind: 'edit', client: 0, order: 9, pick: 54 },
      { kind: 'close', client: 0, order: 1, pick: 0 },
      { kind: 'online', client: 1, slow: 'none' },
      { kind: 'online', client: 2, slow: 'none' },
      { kind: 'online', client: 0, slow: 'none' },
      { kind: 'online', client: 0, slow: 'none' },
      { kind: 'edit', client: 2, order: 0, pick: 50 },
      { kind: 'create', client: 0, order: 1, pick: 91 },
      { kind: 'close', client: 2, order: 7, pick: 98 },
      { kind: 'offline', client: 1 },
      { kind: 'take', client: 0, order: 0, pick: 57 },
    ]);
  }, 60_000);
});
