import { describe, expect, it } from 'vitest';
import { statusHistory } from '@shared/domain/status-history';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { HoldReason, WorkOrderStatus } from '@shared/domain/work-order-status';

const t = (minute: number) => new Date(Date.UTC(2026, 10, 23, 8, minute)).toISOString();
const base = { workOrderId: 'wo-1', authorName: 'Someone', text: 'x', createdAt: t(0), updatedAt: t(0) };

/** A status change `id` by `by` at minute `at`, made on the server copy of minute `on` (null: migrated, none). */
const step = (id: string, by: string, from: WorkOrderStatus, to: WorkOrderStatus, at: number, on: number | null, holdReason?: HoldReason): WorkOrderNote => ({
  ...base, id, authorId: by, kind: 'status-change',
  statusChange: { from, to, at: t(at), ...(holdReason ? { holdReason } : {}), ...(on === null ? {} : { madeOn: t(on) }) },
});
/** The mark of a version (updatedAt minute `version`) whose status `to` did not take effect. */
const mark = (id: string, to: WorkOrderStatus, version: number, workOrderId = 'wo-1'): WorkOrderNote => ({
  ...base, id, workOrderId, authorId: 'anyone', kind: 'overridden-edit', lostStatus: { to, version: t(version) },
});
const note = (id: string): WorkOrderNote => ({ ...base, id, authorId: 'ana', kind: 'note' });

const cases: [string, WorkOrderNote[], string[]][] = [
  ['no status changes', [note('n1')], []],
  ['changes in device-time order, whatever order they arrived in', [step('b', 'ana', 'assigned', 'in-progress', 20, 10), step('a', 'sup', 'new', 'assigned', 10, 0)], ['a', 'b']],
  ['same time: by entry id', [step('b', 'ana', 'new', 'assigned', 10, 0), step('a', 'ana', 'new', 'assigned', 10, 0)], ['a', 'b']],
  ['an overridden-edit entry without lostStatus hides nothing', [step('a', 'ana', 'new', 'assigned', 10, 0), { ...note('m'), kind: 'overridden-edit' }], ['a']],
  [
    'a version that lost a merge: its steps squashed on the same server copy all go',
    [step('a1', 'ana', 'assigned', 'in-progress', 20, 10), step('a2', 'ana', 'in-progress', 'on-hold', 21, 10, 'waiting-for-parts'), step('s', 'sup', 'assigned', 'cancelled', 30, 10), mark('m', 'on-hold', 21)],
    ['s'],
  ],
  [
    'the version that won keeps its steps made on the same server copy',
    [step('a1', 'ana', 'assigned', 'in-progress', 20, 10), step('b1', 'ben', 'assigned', 'in-progress', 25, 10), step('b2', 'ben', 'in-progress', 'resolved', 26, 10), mark('m', 'in-progress', 20)],
    ['b1', 'b2'],
  ],
  [
    'a finished version wins even when earlier: its own steps on the same server copy stay',
    [step('s', 'sup', 'assigned', 'cancelled', 15, 10), step('a', 'ana', 'assigned', 'in-progress', 20, 10), mark('m', 'in-progress', 20)],
    ['s'],
  ],
  [
    'the version is later than its status change (another field edited after it)',
    [step('a', 'ana', 'assigned', 'in-progress', 20, 10), mark('m', 'in-progress', 24)],
    [],
  ],
  [
    'steps that took effect earlier, on an older server copy, stay',
    [step('a1', 'ana', 'assigned', 'in-progress', 20, 10), step('a2', 'ana', 'in-progress', 'on-hold', 30, 20, 'scheduled'), mark('m', 'on-hold', 30)],
    ['a1'],
  ],
  [
    'a refused version: changes made afterwards on the same server copy stay',
    [step('a1', 'ana', 'resolved', 'closed', 20, 10), mark('m', 'closed', 20), step('a2', 'ana', 'resolved', 'in-progress', 25, 10)],
    ['a2'],
  ],
  [
    'the latest change to the lost status at or before the version is the one marked',
    [step('a1', 'ana', 'assigned', 'on-hold', 20, 10, 'scheduled'), step('a2', 'ana', 'on-hold', 'in-progress', 30, 20), step('a3', 'ana', 'in-progress', 'on-hold', 40, 30, 'waiting-for-vendor'), mark('m', 'on-hold', 45)],
    ['a1', 'a2'],
  ],
  [
    'a migrated change (no madeOn) is hidden alone',
    [step('a1', 'ana', 'assigned', 'in-progress', 20, null), step('a2', 'ana', 'in-progress', 'on-hold', 21, null, 'scheduled'), mark('m', 'on-hold', 21)],
    ['a1'],
  ],
  ['a mark whose change has not arrived yet hides nothing', [step('a', 'ana', 'new', 'assigned', 10, 0), mark('m', 'on-hold', 21)], ['a']],
  ['a mark on another work order hides nothing here', [step('a', 'ana', 'assigned', 'in-progress', 20, 10), mark('m', 'in-progress', 20, 'wo-2')], ['a']],
  [
    'two marks of one version (status and hold reason) hide it once',
    [step('a', 'ana', 'in-progress', 'on-hold', 20, 10, 'scheduled'), mark('m1', 'on-hold', 20), mark('m2', 'on-hold', 20), step('s', 'sup', 'in-progress', 'on-hold', 30, 10, 'waiting-for-parts')],
    ['s'],
  ],
];

describe('the status history of a work order', () => {
  it.each(cases)('%s', (_, timeline, expected) => {
    expect(statusHistory(timeline).map((s) => s.entryId)).toEqual(expected);
  });

  it('gives each step as the SLA clock reads it', () => {
    expect(statusHistory([step('a', 'ana', 'in-progress', 'on-hold', 20, 10, 'waiting-for-parts')])).toEqual([
      { from: 'in-progress', to: 'on-hold', holdReason: 'waiting-for-parts', at: t(20), by: 'ana', entryId: 'a' },
    ]);
  });
});
