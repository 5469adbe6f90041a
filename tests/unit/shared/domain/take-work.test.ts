import { describe, expect, it } from 'vitest';
import { assigneeAfterStep, mayTake } from '@shared/domain/take-work';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';

const work = (status: WorkOrderStatus, supportLevel: number, assigneeId = '') => ({ status, supportLevel, assigneeId });

describe('mayTake: unassigned work a technician may take for themselves', () => {
  it.each([
    ['new work at their level', work('new', 1), 1, true],
    ['new work below their level', work('new', 1), 3, true],
    ['escalated work above their level', work('new', 2), 1, false],
    ["a colleague's work", work('assigned', 1, 'ben'), 1, false],
    ['cancelled work', work('cancelled', 1), 1, false],
  ] as const)('%s', (_, w, level, expected) => {
    expect(mayTake(w, { level })).toBe(expected);
  });
});

describe('assigneeAfterStep: starting unassigned work takes it in the same change', () => {
  const ana = { id: 'ana', supervisor: false };
  const monica = { id: 'monica', supervisor: true };
  it.each<[string, { assigneeId: string }, WorkOrderStatus, typeof ana, string]>([
    ['a technician starts unassigned work', { assigneeId: '' }, 'in-progress', ana, 'ana'],
    ['a technician marks unassigned work assigned', { assigneeId: '' }, 'assigned', ana, 'ana'],
    ['a technician cancels unassigned work (needs nobody)', { assigneeId: '' }, 'cancelled', ana, ''],
    ['a technician starts work someone holds', { assigneeId: 'ben' }, 'in-progress', ana, 'ben'],
    ['a supervisor picks the assignee themselves', { assigneeId: '' }, 'in-progress', monica, ''],
  ])('%s', (_, w, to, writer, expected) => {
    expect(assigneeAfterStep(w, to, writer)).toBe(expected);
  });
});
