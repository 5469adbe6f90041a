import { describe, expect, it } from 'vitest';
import { canTransition, isOpen, isTerminal, nextStatuses, workOrderStatuses, type WorkOrderStatus } from '@shared/domain/work-order-status';

describe('work-order lifecycle', () => {
  it.each<[WorkOrderStatus, WorkOrderStatus, boolean]>([
    ['new', 'assigned', true],
    ['assigned', 'on-hold', true],
    ['on-hold', 'in-progress', true],
    ['in-progress', 'resolved', true],
    ['resolved', 'closed', true],
    ['resolved', 'in-progress', true],
    ['new', 'resolved', false],
    ['closed', 'in-progress', false],
    ['cancelled', 'assigned', false],
  ])('%s -> %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('has no way out of closed or cancelled', () => {
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('cancelled')).toEqual([]);
    expect(workOrderStatuses.filter(isTerminal)).toEqual(['closed', 'cancelled']);
  });

  it('counts only unfinished work as open', () => {
    expect(workOrderStatuses.filter(isOpen)).toEqual(['new', 'assigned', 'in-progress', 'on-hold']);
  });
});
