import { describe, expect, it } from 'vitest';
import { inQueueOf } from '@shared/domain/work-queue';

const tech = { id: 'tech-1', role: 'technician', level: 1 };
const supervisor = { id: 'super-1', role: 'supervisor', level: 0 };

describe('inQueueOf: the work whose photos a device downloads ahead of time', () => {
  it.each([
    ['open work assigned to them', { status: 'in-progress', assigneeId: 'tech-1', supportLevel: 2 }, tech, true],
    ['unassigned work at their level', { status: 'new', assigneeId: '', supportLevel: 1 }, tech, true],
    ['unassigned work at another level', { status: 'new', assigneeId: '', supportLevel: 2 }, tech, false],
    ["a colleague's work", { status: 'assigned', assigneeId: 'tech-2', supportLevel: 1 }, tech, false],
    ['their closed work', { status: 'closed', assigneeId: 'tech-1', supportLevel: 1 }, tech, false],
    ['their cancelled work', { status: 'cancelled', assigneeId: 'tech-1', supportLevel: 1 }, tech, false],
    ['their resolved work (not closed yet)', { status: 'resolved', assigneeId: 'tech-1', supportLevel: 1 }, tech, true],
    ['unassigned work, for a supervisor (no level queue)', { status: 'new', assigneeId: '', supportLevel: 0 }, supervisor, false],
  ] as const)('%s', (_, work, user, expected) => {
    expect(inQueueOf(work, user)).toBe(expected);
  });
});
