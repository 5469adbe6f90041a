import { describe, expect, it } from 'vitest';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';
import { asksForResolution, lackWords, offeredSteps, stepLacks, takesIt } from '../../../src-renderer/features/work-orders/status-choices';

const tech = { id: 'u-ana', role: 'technician' as const, level: 1 };
const supervisor = { id: 'u-monica', role: 'supervisor' as const, level: 3 };
const admin = { id: 'u-olivia', role: 'admin' as const, level: 3 };
type Me = typeof tech | typeof supervisor | typeof admin;
const wo = (status: WorkOrderStatus, more: { createdBy?: string; assigneeId?: string; resolutionCode?: string; resolutionSummary?: string; supportLevel?: number } = {}) => ({
  status, createdBy: 'u-someone', assigneeId: 'u-ana', resolutionSummary: '', supportLevel: 1, ...(['resolved', 'closed'].includes(status) ? { resolutionCode: 'other' } : {}), ...more,
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
  const input = (to: WorkOrderStatus, more: { resolutionCode?: string; resolutionSummary?: string } = {}) => ({ to, resolutionCode: '', resolutionSummary: '', ...more });
  it.each<[string, ReturnType<typeof wo>, ReturnType<typeof input>, string | null]>([
    ['starting unassigned work: the technician takes it', wo('new', { assigneeId: '' }), input('in-progress'), null],
    ['starting unassigned work escalated above their level', wo('new', { assigneeId: '', supportLevel: 2 }), input('in-progress'), 'assigneeId'],
    ['cancelling unassigned work', wo('new', { assigneeId: '' }), input('cancelled'), null],
    ['resolving without a code', wo('in-progress'), input('resolved', { resolutionSummary: 'Replaced the fuser.' }), 'resolutionCode'],
    ['resolving without a summary', wo('in-progress'), input('resolved', { resolutionCode: 'hardware-replaced' }), 'resolutionSummary'],
    ['resolving with blanks', wo('in-progress'), input('resolved', { resolutionCode: 'hardware-replaced', resolutionSummary: '   ' }), 'resolutionSummary'],
    ['resolving with a code and a summary', wo('in-progress'), input('resolved', { resolutionCode: 'hardware-replaced', resolutionSummary: 'Replaced the fuser.' }), null],
    ['closing resolved work, which has its summary', wo('resolved', { resolutionSummary: 'Fixed.' }), input('closed'), null],
    ['putting assigned work on hold', wo('assigned'), input('on-hold'), null],
  ])('%s', (_, workOrder, step, lacks) => {
    expect(stepLacks(workOrder, tech, step)).toBe(lacks);
  });

  it('a supervisor starting unassigned work must pick someone first', () => {
    expect(stepLacks(wo('new', { assigneeId: '' }), supervisor, input('in-progress'))).toBe('assigneeId');
  });

  it('a technician takes unassigned work only when the step needs someone and the level is theirs or below', () => {
    expect(takesIt(wo('new', { assigneeId: '' }), tech, 'in-progress')).toBe(true);
    expect(takesIt(wo('new', { assigneeId: '' }), tech, 'cancelled')).toBe(false);
    expect(takesIt(wo('assigned'), tech, 'in-progress')).toBe(false);
    expect(takesIt(wo('new', { assigneeId: '', supportLevel: 2 }), tech, 'in-progress')).toBe(false);
    expect(takesIt(wo('new', { assigneeId: '' }), supervisor, 'in-progress')).toBe(false);
  });

  it('asks for a resolution when resolving', () => {
    expect(asksForResolution(wo('in-progress'), 'resolved')).toBe(true);
    expect(asksForResolution(wo('resolved', { resolutionSummary: 'Fixed.' }), 'closed')).toBe(false);
    expect(asksForResolution(wo('in-progress'), 'on-hold')).toBe(false);
  });

  it('says what to do, in plain words', () => {
    expect(lackWords('assigneeId', 'in-progress', { supportLevel: 2 }, tech)).toBe('This work order waits for a level 2 technician: ask a supervisor to assign it.');
    expect(lackWords('assigneeId', 'in-progress', { supportLevel: 1 }, supervisor)).toBe('A work order that is in progress needs someone to do it: choose a technician under “Assign to” first.');
    expect(lackWords('resolutionSummary', 'resolved', { supportLevel: 1 }, tech)).toBe('A work order that is resolved needs a resolution summary: describe what was done.');
    expect(lackWords('resolutionCode', 'resolved', { supportLevel: 1 }, tech)).toBe('A work order that is resolved needs a resolution code: choose how it was resolved.');
  });
});
