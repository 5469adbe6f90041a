import { describe, expect, it } from 'vitest';
import { slaClock, type SlaClock } from '@shared/domain/sla';
import { dueSoonestKey, workOrderClocks } from '@shared/domain/work-order-clocks';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { HoldReason, WorkOrderStatus } from '@shared/domain/work-order-status';
import { examplePolicy } from '../../../support/sla';

const t = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute)).toISOString();
const now = new Date(t(180));
const policy = examplePolicy();
const wo = (id: string, priority = 3): WorkOrder => ({ id, priority, createdAt: t(0) }) as WorkOrder;
const base = { authorId: 'ana', authorName: 'Ana Morales', text: 'x', createdAt: t(0), updatedAt: t(0) };
const step = (id: string, workOrderId: string, from: WorkOrderStatus, to: WorkOrderStatus, at: number, holdReason?: HoldReason): WorkOrderNote => ({
  ...base, id, workOrderId, kind: 'status-change', statusChange: { from, to, at: t(at), ...(holdReason ? { holdReason } : {}) },
});

describe("many work orders' clocks, as the list computes them", () => {
  it("reads each work order's own status changes from the timeline of all of them, in any order", () => {
    const notes = [
      step('b2', 'b', 'in-progress', 'on-hold', 60, 'waiting-for-client'),
      { ...base, id: 'n', workOrderId: 'a', kind: 'note' } as WorkOrderNote,
      step('a1', 'a', 'new', 'in-progress', 30),
      step('b1', 'b', 'new', 'in-progress', 10),
    ];
    const clocks = workOrderClocks([wo('a'), wo('b'), wo('c', 1)], notes, () => policy, now);
    const expected = (id: string, priority: 1 | 3, history: { status: WorkOrderStatus; holdReason?: HoldReason; at: string }[]) =>
      expect(clocks.get(id)).toEqual(slaClock({ priority, createdAt: t(0), history, policy, now: now.toISOString() }));
    expected('a', 3, [{ status: 'in-progress', at: t(30) }]);
    expected('b', 3, [{ status: 'in-progress', at: t(10) }, { status: 'on-hold', holdReason: 'waiting-for-client', at: t(60) }]);
    expected('c', 1, []);
    expect(clocks.get('b')?.resolution.state).toBe('paused');
  });

  it('a work order whose timeline cannot be read gets no clock; the others keep theirs', () => {
    const damaged = { ...step('x', 'a', 'new', 'in-progress', 30), statusChange: { from: 'new', to: 'in-progress', at: 'yesterday' } } as WorkOrderNote;
    const clocks = workOrderClocks([wo('a'), wo('b')], [damaged], () => policy, now);
    expect(clocks.get('a')).toBeNull();
    expect(clocks.get('b')?.response.state).toBe('running');
  });
});

describe('due soonest', () => {
  const clockOf = (id: string, history: { status: WorkOrderStatus; holdReason?: HoldReason; at: string }[], priority: 1 | 3 = 3, at = now): SlaClock =>
    slaClock({ priority, createdAt: t(0), history, policy, now: at.toISOString() });
  it('most overdue first, then the least time left; paused after every running one; finished work, then no clock, last', () => {
    const lateP1 = clockOf('late', [], 1); // response 30 min, 150 min late
    const soon = clockOf('soon', []); // response 240 min: 60 left
    const responded = clockOf('responded', [{ status: 'in-progress', at: t(10) }]); // resolution 4,320: days left
    const paused = clockOf('paused', [{ status: 'in-progress', at: t(10) }, { status: 'on-hold', holdReason: 'waiting-for-client', at: t(20) }]);
    const done = clockOf('done', [{ status: 'in-progress', at: t(10) }, { status: 'resolved', at: t(20) }]);
    const order = [
      ['no clock', null],
      ['done', done],
      ['paused', paused],
      ['responded', responded],
      ['soon', soon],
      ['late', lateP1],
    ] as const;
    const sorted = [...order].sort((a, b) => dueSoonestKey(a[1]) - dueSoonestKey(b[1])).map(([name]) => name);
    expect(sorted).toEqual(['late', 'soon', 'responded', 'paused', 'done', 'no clock']);
  });
});
