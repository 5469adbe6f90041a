import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDoc } from '@shared/sync/protocol';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { inQueueOf } from '@shared/domain/work-queue';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { bulkLoad } from '../../../src-server/seed/bulk-load';
import { edited, newNote, newWorkOrder } from '../../support/documents';

// tech01 is a level-1 technician, tech06 level 2 (the demo county), super01 a supervisor.
type Person = { token: string; id: string };
let server: TestServer;
let tech01: Person, tech02: Person, tech06: Person, super01: Person;

beforeAll(async () => {
  server = await startTestServer();
  const sign = async (name: string) => {
    const { token, user } = await loginHttp(server.url, name);
    return { token, id: user.id };
  };
  [tech01, tech02, tech06, super01] = (await Promise.all(['tech01', 'tech02', 'tech06', 'super01'].map(sign))) as [Person, Person, Person, Person];
});
afterAll(() => server.stop());

const push = (who: Person, collection: string, before: WireDoc | null, after: WireDoc) =>
  http(server.url, `/sync/${collection}/push`, { token: who.token, body: [{ assumedMasterState: before, newDocumentState: after }] });

/** A work order stored as it is now (straight into the database), as the server then holds it. */
async function stored(work: Partial<WorkOrder> = {}): Promise<WireDoc> {
  const { _deleted, ...doc } = newWorkOrder({ createdBy: super01.id, assigneeId: tech01.id, status: 'in-progress', ...work });
  await bulkLoad(server.db, 'work-orders', [doc]);
  return (await copyOf(doc.id))!;
}
async function copyOf(id: string): Promise<WireDoc | undefined> {
  const { rows } = await server.db.query<{ data: WireDoc; deleted: boolean }>("SELECT data, deleted FROM documents WHERE collection = 'work-orders' AND id = $1", [id]);
  return rows[0] ? { ...rows[0].data, _deleted: rows[0].deleted } : undefined;
}
const escalation = (before: WireDoc, level = 2, changes: Partial<WorkOrder> = {}) => {
  const { holdReason: _h, ...rest } = before;
  return edited(rest as WireDoc & { updatedAt: string }, { status: 'new', assigneeId: '', supportLevel: level, ...changes });
};
const referral = (author: Person, workOrderId: string, referralPart: Partial<NonNullable<WorkOrderNote['referral']>> = {}) =>
  newNote(workOrderId, { authorId: author.id, kind: 'referral', text: 'Escalated to level 2', referral: { fromLevel: 1, level: 2, reason: 'Needs the switch configured', tried: 'Cable and link lights', ...referralPart } });

type Case = [string, () => Person, Partial<WorkOrder>, (before: WireDoc) => WireDoc, number | 'stored', string?];
const cases: Case[] = [
  ['its assignee escalates to level 2', () => tech01, {}, (b) => escalation(b), 'stored'],
  ['its assignee escalates work on hold to level 3', () => tech01, { status: 'on-hold', holdReason: 'waiting-for-parts' }, (b) => escalation(b, 3), 'stored'],
  ['a supervisor escalates a technician\'s work', () => super01, {}, (b) => escalation(b), 'stored'],
  ['a colleague escalates work they do not hold', () => tech02, {}, (b) => escalation(b), 403, 'supportLevel'],
  ['its assignee escalates, keeping it in progress (squashed with a step)', () => tech01, {}, (b) => escalation(b, 2, { status: 'in-progress', assigneeId: tech01.id }), 403, 'status'],
  ['its assignee escalates, keeping it assigned to them', () => tech01, { status: 'assigned' }, (b) => escalation(b, 2, { status: 'new', assigneeId: tech01.id }), 403, 'assigneeId'],
  ['its assignee escalates resolved work', () => tech01, { status: 'resolved', resolutionCode: 'other', resolutionSummary: 'Done.' }, (b) => escalation(b), 403, 'status'],
  ['its assignee lowers the level', () => tech01, { supportLevel: 2 }, (b) => edited(b as WireDoc & { updatedAt: string }, { supportLevel: 1 }), 403, 'supportLevel'],
  ['its assignee gives it up without escalating', () => tech01, {}, (b) => edited(b as WireDoc & { updatedAt: string }, { status: 'new', assigneeId: '' }), 403, 'assigneeId'],
  ['a supervisor returns work to new without escalating', () => super01, {}, (b) => edited(b as WireDoc & { updatedAt: string }, { status: 'new', assigneeId: '' }), 403, 'status'],
  ['a level-1 technician takes unassigned level-2 work', () => tech01, { status: 'new', assigneeId: '', supportLevel: 2 }, (b) => edited(b as WireDoc & { updatedAt: string }, { status: 'in-progress', assigneeId: tech01.id }), 403, 'assigneeId'],
  ['a level-2 technician takes unassigned level-2 work', () => tech06, { status: 'new', assigneeId: '', supportLevel: 2 }, (b) => edited(b as WireDoc & { updatedAt: string }, { status: 'in-progress', assigneeId: tech06.id }), 'stored'],
  ['a level-2 technician takes unassigned level-1 work', () => tech06, { status: 'new', assigneeId: '' }, (b) => edited(b as WireDoc & { updatedAt: string }, { status: 'in-progress', assigneeId: tech06.id }), 'stored'],
];

describe('escalation: the one way a technician gives work up (the server checks it)', () => {
  it.each(cases)('%s', async (_, who, start, change, expected, field) => {
    const before = await stored(start);
    const after = change(before);
    const answer = await push(who(), 'work-orders', before, after);
    if (expected === 'stored') {
      expect(answer).toEqual({ status: 200, body: [] });
      expect(await copyOf(before.id as string)).toMatchObject({ status: after.status, assigneeId: after.assigneeId, supportLevel: after.supportLevel });
    } else {
      expect(answer).toMatchObject({ status: expected, body: { field, id: before.id } });
      expect((await copyOf(before.id as string))?.updatedAt).toBe(before.updatedAt);
    }
  });

  it.each<[string, Partial<NonNullable<WorkOrderNote['referral']>>, string | null]>([
    ['with its reason, what was tried and the level', {}, null],
    ['with a blank reason', { reason: '   ' }, 'referral.reason'],
    ['with no reason', { reason: '' }, 'referral.reason'],
    ['to the level it came from', { level: 1 }, 'referral.level'],
  ])('stores a referral entry %s, or refuses it naming the field', async (_, part, field) => {
    const note = referral(tech01, 'wo-referred', part);
    const answer = await http(server.url, '/sync/work-order-notes/push', { token: tech01.token, body: [{ assumedMasterState: null, newDocumentState: note }] });
    if (field === null) expect(answer).toEqual({ status: 200, body: [] });
    else expect(answer).toMatchObject({ status: 400, body: { field, id: note.id } });
  });

  it('returns the work to the level-2 queue: a level-2 technician sees it unassigned and takes it; it leaves the first queue with its history', async () => {
    const before = await stored();
    const note = newNote(before.id as string, { authorId: tech01.id, text: 'Replaced the patch cable; no link.' });
    expect((await http(server.url, '/sync/work-order-notes/push', { token: tech01.token, body: [{ assumedMasterState: null, newDocumentState: note }] })).status).toBe(200);
    const after = escalation(before);
    expect((await push(tech01, 'work-orders', before, after)).status).toBe(200);
    const entry = referral(tech01, before.id as string);
    expect((await http(server.url, '/sync/work-order-notes/push', { token: tech01.token, body: [{ assumedMasterState: null, newDocumentState: entry }] })).status).toBe(200);

    const seenBy06 = (await pullAll(server.url, tech06.token, 'work-orders')).get(before.id as string) as WorkOrder | undefined;
    expect(seenBy06).toMatchObject({ status: 'new', assigneeId: '', supportLevel: 2 });
    expect(inQueueOf(seenBy06!, { id: tech06.id, role: 'technician', level: 2 })).toBe(true);
    expect(inQueueOf(seenBy06!, { id: tech01.id, role: 'technician', level: 1 })).toBe(false);

    const taken = edited(await copyOf(before.id as string) as WireDoc & { updatedAt: string }, { status: 'in-progress', assigneeId: tech06.id });
    expect(await push(tech06, 'work-orders', (await copyOf(before.id as string))!, taken)).toEqual({ status: 200, body: [] });
    // The whole history stays with the work order, for its new holder and the one who referred it.
    for (const reader of [tech06, tech01]) {
      const notes = [...(await pullAll(server.url, reader.token, 'work-order-notes')).values()].filter((n) => n.workOrderId === before.id);
      expect(notes.map((n) => n.kind).sort()).toEqual(['note', 'referral']);
    }
  });
});
