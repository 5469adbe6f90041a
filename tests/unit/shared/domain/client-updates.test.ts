import { describe, expect, it } from 'vitest';
import { clientUpdateDue } from '@shared/domain/client-updates';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';

const now = new Date('2026-12-03T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
const work = (status: WorkOrderStatus, createdHoursAgo: number, updatedHoursAgo?: number) => ({
  status, createdAt: hoursAgo(createdHoursAgo), ...(updatedHoursAgo === undefined ? {} : { clientUpdatedAt: hoursAgo(updatedHoursAgo) }),
});

describe('clientUpdateDue: open work whose client has not heard within the interval (24 hours)', () => {
  it.each<[string, ReturnType<typeof work>, boolean]>([
    ['taken an hour ago, never updated', work('new', 1), false],
    ['taken two days ago, never updated', work('in-progress', 48), true],
    ['taken two days ago, updated this morning', work('in-progress', 48, 3), false],
    ['updated 25 hours ago', work('assigned', 72, 25), true],
    ['on hold, updated 30 hours ago', work('on-hold', 72, 30), true],
    ['resolved long ago', work('resolved', 200), false],
    ['closed long ago', work('closed', 200), false],
  ])('%s', (_, w, due) => {
    expect(clientUpdateDue(w, now)).toBe(due);
  });

  it('takes another interval', () => {
    expect(clientUpdateDue(work('in-progress', 10, 5), now, 4)).toBe(true);
    expect(clientUpdateDue(work('in-progress', 10, 5), now, 8)).toBe(false);
  });
});
