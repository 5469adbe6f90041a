import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusHistory } from '@shared/domain/status-history';
import { canTransition, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { collections } from '@shared/schema/collections';
import { createValidator } from '@shared/schema/validate';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { SessionUser } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';
import { changeStatus, type StatusChange } from '../../../src-renderer/features/work-orders/work-order-actions';

let server: TestServer;
let tech: NodeClient;
let boss: NodeClient;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await loginHttp(server.url, 'super01')).token;
  tech = await startNodeClient(server.url, 'tech01');
  boss = await startNodeClient(server.url, 'super01');
});
afterAll(async () => {
  await tech.close();
  await boss.close();
  await server.stop();
});

// tech01 is a level-1 technician.
const userOf = (client: NodeClient, role: SessionUser['role']) => ({ id: client.userId, name: role, role, username: role, level: 1 });

/** Changes the status through the app's own action, on the client's current copy. */
async function change(client: NodeClient, id: string, step: StatusChange, role: SessionUser['role'] = 'technician') {
  const doc = await client.db.work_orders.findOne(id).exec();
  await changeStatus(client.db, doc!, userOf(client, role), step);
  return (await client.db.work_orders.findOne(id).exec())!.updatedAt;
}

/** A work order assigned to tech01, on both devices. */
async function assignedWorkOrder() {
  const wo = newWorkOrder({ status: 'assigned', assigneeId: tech.userId, createdBy: boss.userId });
  expect(await http(server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200, body: [] });
  await Promise.all([tech.awaitInSync(), boss.awaitInSync()]);
  return wo;
}

const timelineOnServer = async (workOrderId: string) =>
  [...(await pullAll(server.url, token, 'work-order-notes')).values()].filter((n) => n.workOrderId === workOrderId) as unknown as WorkOrderNote[];
const stepsOnServer = async (workOrderId: string) => statusHistory(await timelineOnServer(workOrderId)).map(({ from, to, holdReason, by }) => ({ from, to, holdReason, by }));

describe('a status change made offline', () => {
  it('reaches the server as a structured entry, at the device time, naming the copy it was made on', async () => {
    const wo = await assignedWorkOrder();
    tech.setOnline(false);
    const startedAt = await change(tech, wo.id, { to: 'in-progress' });
    const heldAt = await change(tech, wo.id, { to: 'on-hold', holdReason: 'waiting-for-parts' });
    tech.setOnline(true);
    await tech.awaitInSync();

    const entries = (await timelineOnServer(wo.id)).filter((n) => n.kind === 'status-change');
    expect(entries.map((n) => n.statusChange)).toEqual(expect.arrayContaining([
      { from: 'assigned', to: 'in-progress', at: startedAt, madeOn: wo.updatedAt },
      { from: 'in-progress', to: 'on-hold', holdReason: 'waiting-for-parts', at: heldAt, madeOn: wo.updatedAt },
    ]));
    expect(await stepsOnServer(wo.id)).toEqual([
      { from: 'assigned', to: 'in-progress', holdReason: undefined, by: tech.userId },
      { from: 'in-progress', to: 'on-hold', holdReason: 'waiting-for-parts', by: tech.userId },
    ]);
  });
});

describe('status changes that did not take effect are left out of the history', () => {
  it('when the version carrying them lost the merge to a later one (it was pushed second)', async () => {
    const wo = await assignedWorkOrder();
    tech.setOnline(false);
    boss.setOnline(false);
    await change(tech, wo.id, { to: 'in-progress' });
    const techAt = await change(tech, wo.id, { to: 'on-hold', holdReason: 'waiting-for-parts' });
    await eventually('a later millisecond', () => Date.now() > Date.parse(techAt));
    await change(boss, wo.id, { to: 'cancelled' }, 'supervisor');
    for (const client of [boss, tech]) {
      client.setOnline(true);
      await client.awaitInSync();
    }

    expect((await pullAll(server.url, token, 'work-orders')).get(wo.id)).toMatchObject({ status: 'cancelled' });
    const timeline = await timelineOnServer(wo.id);
    expect(timeline.filter((n) => n.kind === 'status-change')).toHaveLength(3);
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'overridden-edit', authorId: tech.userId, lostStatus: { to: 'on-hold', version: techAt } }));
    expect(await stepsOnServer(wo.id)).toEqual([{ from: 'assigned', to: 'cancelled', holdReason: undefined, by: boss.userId }]);
  });

  it('when a later version replaced it after it reached the server (pushed first)', async () => {
    const wo = await assignedWorkOrder();
    tech.setOnline(false);
    boss.setOnline(false);
    await change(tech, wo.id, { to: 'in-progress' });
    const techAt = await change(tech, wo.id, { to: 'on-hold', holdReason: 'waiting-for-client' });
    await eventually('a later millisecond', () => Date.now() > Date.parse(techAt));
    await change(boss, wo.id, { to: 'cancelled' }, 'supervisor');
    for (const client of [tech, boss]) {
      client.setOnline(true);
      await client.awaitInSync();
    }

    expect((await pullAll(server.url, token, 'work-orders')).get(wo.id)).toMatchObject({ status: 'cancelled' });
    expect(await timelineOnServer(wo.id)).toContainEqual(expect.objectContaining({ kind: 'overridden-edit', authorId: boss.userId, lostStatus: { to: 'on-hold', version: techAt } }));
    expect(await stepsOnServer(wo.id)).toEqual([{ from: 'assigned', to: 'cancelled', holdReason: undefined, by: boss.userId }]);
  });

  it('when the server refused the version carrying it', async () => {
    const wo = await assignedWorkOrder();
    tech.setOnline(false);
    await change(tech, wo.id, { to: 'in-progress' });
    await tech.db.work_orders.findOne(wo.id).incrementalPatch({ assigneeId: boss.userId, updatedAt: new Date(Date.now() + 1).toISOString() });
    const refusedAt = (await tech.db.work_orders.findOne(wo.id).exec())!.updatedAt;
    tech.setOnline(true);
    await tech.awaitInSync();

    expect((await pullAll(server.url, token, 'work-orders')).get(wo.id)).toMatchObject({ status: 'assigned', assigneeId: tech.userId });
    const timeline = await timelineOnServer(wo.id);
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'status-change', statusChange: expect.objectContaining({ to: 'in-progress' }) }));
    expect(timeline).toContainEqual(expect.objectContaining({ kind: 'overridden-edit', lostStatus: { to: 'in-progress', version: refusedAt }, text: expect.stringContaining('not applied') }));
    expect(await stepsOnServer(wo.id)).toEqual([]);
    // Listed once, as refused: the timeline mark is not a second "edit not applied".
    expect((await tech.conflicts({ docId: wo.id })).map((c) => c.kind)).toEqual(['refused']);

    const startedAt = await change(tech, wo.id, { to: 'in-progress' });
    await tech.awaitInSync();
    expect(await stepsOnServer(wo.id)).toEqual([{ from: 'assigned', to: 'in-progress', holdReason: undefined, by: tech.userId }]);
    expect(startedAt > refusedAt).toBe(true);
  });
});

describe('the server', () => {
  it.each<[string, Partial<WorkOrderNote>, string]>([
    ['a status-change entry without its step', { kind: 'status-change', text: 'Status: Assigned → In progress' }, 'statusChange'],
    ['a step on a plain note', { statusChange: { from: 'assigned', to: 'in-progress', at: new Date().toISOString() } }, 'statusChange'],
    ['a hold without its reason', { kind: 'status-change', statusChange: { from: 'in-progress', to: 'on-hold', at: new Date().toISOString() } }, 'statusChange.holdReason'],
  ])('refuses %s with 400 naming the field', async (_, changes, field) => {
    const { token: techToken, user } = await loginHttp(server.url, 'tech01');
    const note = newNote((await assignedWorkOrder()).id, { authorId: user.id, ...changes });
    const answer = await http(server.url, '/sync/work-order-notes/push', { token: techToken, body: [{ assumedMasterState: null, newDocumentState: note }] });
    expect(answer).toMatchObject({ status: 400, body: { field, id: note.id } });
    expect(await timelineOnServer(note.workOrderId)).toEqual([]);
  });
});

describe('the demo county', () => {
  it('seeds, for every work order, valid status changes whose history ends in its status', async () => {
    const now = new Date().toISOString();
    const workOrders = [...(await pullAll(server.url, token, 'work-orders')).values()] as unknown as WorkOrder[];
    const seeded = workOrders.filter((wo) => (wo.number ?? 0) <= 12000);
    expect(seeded).toHaveLength(2000);
    const notes = [...(await pullAll(server.url, token, 'work-order-notes')).values()] as unknown as WorkOrderNote[];
    const valid = createValidator(collections['work-order-notes'].schema);
    const invalid = notes.map(({ _deleted, ...n }: WorkOrderNote & { _deleted?: boolean }) => valid(n) ?? checkNoteOf(n)).filter(Boolean);
    expect(invalid).toEqual([]);

    const timelines = new Map<string, WorkOrderNote[]>();
    for (const n of notes) timelines.set(n.workOrderId, [...(timelines.get(n.workOrderId) ?? []), n]);
    const problems: string[] = [];
    for (const wo of seeded) {
      const steps = statusHistory(timelines.get(wo.id) ?? []);
      let status: WorkOrderStatus = 'new';
      let at = wo.createdAt;
      for (const s of steps) {
        if (s.from !== status || !canTransition(s.from, s.to) || s.at <= at || s.at > now) problems.push(`${wo.number}: ${s.from} -> ${s.to} at ${s.at}`);
        status = s.to;
        at = s.at;
      }
      if (status !== wo.status) problems.push(`${wo.number}: history ends in ${status}, the work order is ${wo.status}`);
      if (wo.status === 'on-hold' && steps.at(-1)?.holdReason !== wo.holdReason) problems.push(`${wo.number}: held for ${steps.at(-1)?.holdReason}, not ${wo.holdReason}`);
      if (steps.length > 0 && wo.updatedAt !== at) problems.push(`${wo.number}: updated at ${wo.updatedAt}, last change at ${at}`);
    }
    expect(problems).toEqual([]);
    expect(new Set(seeded.map((wo) => wo.status)).size).toBe(7);
  });
});

const checkNoteOf = (n: WorkOrderNote) => collections['work-order-notes'].check?.(n) ?? null;
