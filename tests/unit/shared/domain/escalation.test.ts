import { describe, expect, it } from 'vitest';
import { escalated, raisesLevel, referralLevels, refusedEscalation } from '@shared/domain/escalation';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';

type Held = { status: WorkOrderStatus; supportLevel: number; assigneeId: string; holdReason?: string };
const ana = { id: 'ana', supervisor: false };
const ben = { id: 'ben', supervisor: false };
const monica = { id: 'monica', supervisor: true };
const held = (status: WorkOrderStatus, more: Partial<Held> = {}): Held => ({ status, supportLevel: 1, assigneeId: 'ana', ...more });
const toLevel2: Held = { status: 'new', supportLevel: 2, assigneeId: '' };

describe('who may escalate, and what an escalation leaves', () => {
  it.each<[string, Held, Held, { id: string; supervisor: boolean }, string | null]>([
    ['its assignee, from in progress', held('in-progress'), toLevel2, ana, null],
    ['its assignee, from on hold', held('on-hold', { holdReason: 'waiting-for-parts' }), toLevel2, ana, null],
    ['its assignee, to level 3', held('assigned'), { ...toLevel2, supportLevel: 3 }, ana, null],
    ['a supervisor, on unassigned new work', held('new', { assigneeId: '' }), toLevel2, monica, null],
    ['a supervisor, on a colleague\'s work', held('in-progress'), toLevel2, monica, null],
    ['a technician who does not hold it', held('in-progress'), toLevel2, ben, 'supportLevel'],
    ['a technician, on unassigned work', held('new', { assigneeId: '' }), toLevel2, ben, 'supportLevel'],
    ['resolved work', held('resolved'), toLevel2, ana, 'status'],
    ['closed work', held('closed'), toLevel2, monica, 'status'],
    ['cancelled work', held('cancelled'), toLevel2, monica, 'status'],
    ['keeping the status (squashed with a step)', held('in-progress'), { ...toLevel2, status: 'in-progress', assigneeId: 'ana' }, ana, 'status'],
    ['keeping the assignee', held('in-progress'), { ...toLevel2, assigneeId: 'ana' }, ana, 'assigneeId'],
    ['keeping the hold reason', held('on-hold', { holdReason: 'scheduled' }), { ...toLevel2, holdReason: 'scheduled' }, ana, 'holdReason'],
    ['the same level', held('in-progress', { supportLevel: 2 }), toLevel2, ana, 'supportLevel'],
  ])('%s', (_, before, after, writer, field) => {
    expect(refusedEscalation(before, after, writer)?.field ?? null).toBe(field);
  });

  it('returns the work order to new, unassigned, at the new level, with nothing else changed', () => {
    const work = { ...held('on-hold', { holdReason: 'waiting-for-parts' }), title: 'No network' };
    const after = escalated(work, 2);
    expect(after).toEqual({ status: 'new', supportLevel: 2, assigneeId: '', title: 'No network' });
    expect(refusedEscalation(work, after, ana)).toBeNull();
  });

  it('offers the levels above the current one, and tells a rise from other changes', () => {
    expect([referralLevels(1), referralLevels(2), referralLevels(3)]).toEqual([[2, 3], [3], []]);
    expect([raisesLevel(held('new'), toLevel2), raisesLevel(toLevel2, held('new'))]).toEqual([true, false]);
  });
});
