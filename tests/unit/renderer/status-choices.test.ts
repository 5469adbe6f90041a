import { describe, expect, it } from 'vitest';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';
import { asksForAssignee, asksForResolution, lackWords, offeredSteps, stepLacks } from '../../../src-renderer/features/work-orders/status-choices';

const tech = { id: 'u-ana', role: 'technician' as const };
const supervisor = { id: 'u-monica', role: 'supervisor' as const };
const admin = { id: 'u-olivia', role: 'admin' as const };
type Me = typeof tech | typeof supervisor | typeof admin;
const wo = (status: WorkOrderStatus, more: { createdBy?: string; assigneeId?: string; resolutionSummary?: string } = {}) => ({
  status, createdBy: 'u-someone', assigneeId: 'u-ana', resolutionSummary: '', ...more,
});

describe('the steps the status form offers', () => {
  it.each<[string, ReturnType<typeof wo>, Me, WorkOrderStatus[]]>([
    ['a technician on assigned work: no cancelling', wo('assigned'), tech, ['in-progress', 'on-hold']],
    ['a technician on new work of someone else', wo('new', { assigneeId: '' }), tech, ['assigned', 'in-progress']],
    ['a technician on new work they created: may cancel a duplicate', wo('new', { createdBy: 'u-ana', assigneeId: '' }), tech, ['assigned', 'in-progress', 'cancelled']],
    ['a technician on assigned work they created: no cancelling', wo('assigned', { createdBy: 'u-ana' }), tech, ['in-progress', 'on-hold']],
    ['a technician at work', wo('in-progress'), tech, ['on-hold', 'resolved']],
    ['a technician on hold', wo('on-hold'), tech, ['in-progress', 'resolved']],
    ['a technician on resolved work: never closes, may reopen', wo('resolved', { resolutionSummary: 'Fixed.' }), tech, ['in-progress']],
    ['a supervisor on resolved work', wo('resolved', { resolutionSummary: 'Fixed.' }), supervisor, ['closed', 'in-progress']],
    ['a supervisor at work: may cancel', wo('in-progress'), supervisor, ['on-hold', 'resolved', 'cancelled']],
    ['an admin as a supervisor', wo('assigned'), admin, ['in-progress', 'on-hold', 'cancelled']],
    ['anyone on closed work: nothing', wo('closed', { resolutionSummary: 'Fixed.' }), supervisor, []],
    ['anyone on cancelled work: nothing', wo('cancelled'), tech, []],
  ])('%s', (_, workOrder, me, offered) => {
    expect(offeredSteps(workOrder, me)).toEqual(offered);
  });
});

describe('what a step still needs before it can be saved', () => {
  const input = (to: WorkOrderStatus, more: { assignToMe?: boolean; resolutionSummary?: string } = {}) => ({ to, assignToMe: false, resolutionSummary: '', ...more });
  it.each<[string, ReturnType<typeof wo>, ReturnType<typeof input>, string | null]>([
    ['starting unassigned work', wo('new', { assigneeId: '' }), input('in-progress'), 'assigneeId'],
    ['starting unassigned work, taking it', wo('new', { assigneeId: '' }), input('in-progress', { assignToMe: true }), null],
    ['assigning unassigned work to nobody', wo('new', { assigneeId: '' }), input('assigned'), 'assigneeId'],
    ['cancelling unassigned work', wo('new', { assigneeId: '' }), input('cancelled'), null],
    ['resolving without a summary', wo('in-progress'), input('resolved'), 'resolutionSummary'],
    ['resolving with blanks', wo('in-progress'), input('resolved', { resolutionSummary: '   ' }), 'resolutionSummary'],
    ['resolving with a summary', wo('in-progress'), input('resolved', { resolutionSummary: 'Replaced the fuser.' }), null],
    ['closing resolved work, which has its summary', wo('resolved', { resolutionSummary: 'Fixed.' }), input('closed'), null],
    ['putting assigned work on hold', wo('assigned'), input('on-hold'), null],
  ])('%s', (_, workOrder, step, lacks) => {
    expect(stepLacks(workOrder, tech, step)).toBe(lacks);
  });

  it('asks for an assignee only when nobody is assigned and the status needs one, and for a resolution when resolving', () => {
    expect(asksForAssignee(wo('new', { assigneeId: '' }), 'in-progress')).toBe(true);
    expect(asksForAssignee(wo('new', { assigneeId: '' }), 'cancelled')).toBe(false);
    expect(asksForAssignee(wo('assigned'), 'in-progress')).toBe(false);
    expect(asksForResolution(wo('in-progress'), 'resolved')).toBe(true);
    expect(asksForResolution(wo('resolved', { resolutionSummary: 'Fixed.' }), 'closed')).toBe(false);
    expect(asksForResolution(wo('in-progress'), 'on-hold')).toBe(false);
  });

  it('says what to do, in plain words', () => {
    expect(lackWords('assigneeId', 'in-progress')).toBe('A work order that is in progress needs someone to do it: choose “Assign it to me”, or ask a supervisor to assign it.');
    expect(lackWords('resolutionSummary', 'resolved')).toBe('A work order that is resolved needs a resolution summary: describe what was done.');
  });
});
