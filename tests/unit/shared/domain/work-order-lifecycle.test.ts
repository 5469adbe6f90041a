import { describe, expect, it } from 'vitest';
import { canReach, mayStep, stepsFor, missingForStatus, refusedMove, statusNeeds, type StepWriter } from '@shared/domain/work-order-lifecycle';
import { workOrderStatuses, type WorkOrderStatus } from '@shared/domain/work-order-status';

const technician: StepWriter = { supervisor: false, creator: false };
const creator: StepWriter = { supervisor: false, creator: true };
const supervisor: StepWriter = { supervisor: true, creator: false };

describe('one lifecycle step', () => {
  it.each<[WorkOrderStatus, WorkOrderStatus, StepWriter, boolean]>([
    ['assigned', 'in-progress', technician, true],
    ['in-progress', 'resolved', technician, true],
    ['on-hold', 'resolved', technician, true],
    ['resolved', 'in-progress', technician, true],
    ['resolved', 'closed', technician, false],
    ['resolved', 'closed', supervisor, true],
    ['new', 'cancelled', technician, false],
    ['new', 'cancelled', creator, true],
    ['assigned', 'cancelled', creator, false],
    ['assigned', 'cancelled', supervisor, true],
    ['new', 'resolved', supervisor, false],
    ['closed', 'in-progress', supervisor, false],
  ])('%s -> %s by %j: %s', (from, to, writer, allowed) => {
    expect(mayStep(from, to, writer)).toBe(allowed);
  });
});

describe('the steps a status form offers', () => {
  it.each<[WorkOrderStatus, StepWriter, WorkOrderStatus[]]>([
    ['new', technician, ['assigned', 'in-progress']],
    ['new', creator, ['assigned', 'in-progress', 'cancelled']],
    ['new', supervisor, ['assigned', 'in-progress', 'cancelled']],
    ['assigned', technician, ['in-progress', 'on-hold']],
    ['assigned', creator, ['in-progress', 'on-hold']],
    ['assigned', supervisor, ['in-progress', 'on-hold', 'cancelled']],
    ['in-progress', technician, ['on-hold', 'resolved']],
    ['in-progress', supervisor, ['on-hold', 'resolved', 'cancelled']],
    ['on-hold', technician, ['in-progress', 'resolved']],
    ['on-hold', supervisor, ['in-progress', 'resolved', 'cancelled']],
    ['resolved', technician, ['in-progress']],
    ['resolved', creator, ['in-progress']],
    ['resolved', supervisor, ['closed', 'in-progress']],
    ['closed', supervisor, []],
    ['cancelled', supervisor, []],
    ['closed', technician, []],
  ])('from %s, %j is offered %j', (from, writer, offered) => {
    expect(stepsFor(from, writer)).toEqual(offered);
  });

  it('offers only steps the server accepts, for every status and writer', () => {
    for (const from of workOrderStatuses) {
      for (const writer of [technician, creator, supervisor]) {
        for (const to of stepsFor(from, writer)) expect(refusedMove(from, to, writer), `${from} -> ${to}`).toBeNull();
      }
    }
  });
});

describe('a squashed path of offline steps', () => {
  it.each<[WorkOrderStatus, WorkOrderStatus, StepWriter, boolean]>([
    ['assigned', 'resolved', technician, true],
    ['new', 'resolved', technician, true],
    ['new', 'on-hold', technician, true],
    ['on-hold', 'on-hold', technician, true],
    ['assigned', 'closed', technician, false],
    ['assigned', 'closed', supervisor, true],
    ['new', 'closed', supervisor, true],
    ['in-progress', 'cancelled', creator, false],
    ['in-progress', 'new', supervisor, false],
    ['resolved', 'assigned', supervisor, false],
    ['closed', 'resolved', supervisor, false],
    ['cancelled', 'new', supervisor, false],
  ])('%s => %s by %j: %s', (from, to, writer, reachable) => {
    expect(canReach(from, to, writer)).toBe(reachable);
  });
});

describe('why a move is refused', () => {
  it.each<[WorkOrderStatus | null, WorkOrderStatus, StepWriter, string | null]>([
    [null, 'new', technician, null],
    [null, 'resolved', technician, null],
    [null, 'cancelled', creator, null],
    [null, 'closed', technician, 'only a supervisor may close a work order'],
    ['in-progress', 'cancelled', technician, 'only a supervisor may cancel a work order, or its creator while it is still new'],
    ['closed', 'in-progress', supervisor, 'a closed work order is never reopened'],
    ['cancelled', 'assigned', supervisor, 'a cancelled work order is never reopened'],
    ['closed', 'closed', supervisor, null],
    ['resolved', 'new', supervisor, 'a work order cannot go from resolved to new'],
  ])('%s => %s by %j: %s', (from, to, writer, reason) => {
    expect(refusedMove(from, to, writer)).toBe(reason);
  });
});

describe('what a status needs', () => {
  it('an assignee in every status but new and cancelled; a resolution once resolved', () => {
    expect(Object.fromEntries(workOrderStatuses.map((s) => [s, statusNeeds(s)]))).toEqual({
      new: [],
      assigned: ['assigneeId'],
      'in-progress': ['assigneeId'],
      'on-hold': ['assigneeId'],
      resolved: ['assigneeId', 'resolutionCode', 'resolutionSummary'],
      closed: ['assigneeId', 'resolutionCode', 'resolutionSummary'],
      cancelled: [],
    });
  });

  it.each<[WorkOrderStatus, string, string, string, string | null]>([
    ['new', '', '', '', null],
    ['assigned', '', '', '', 'assigneeId'],
    ['assigned', 'u1', '', '', null],
    ['on-hold', '  ', '', '', 'assigneeId'],
    ['resolved', 'u1', '', 'Replaced the toner.', 'resolutionCode'],
    ['resolved', 'u1', 'hardware-replaced', '', 'resolutionSummary'],
    ['closed', 'u1', 'hardware-replaced', '   ', 'resolutionSummary'],
    ['closed', 'u1', 'hardware-replaced', 'Replaced the toner.', null],
    ['cancelled', '', '', '', null],
  ])('%s with assignee "%s", code "%s" and resolution "%s" lacks %s', (status, assigneeId, resolutionCode, resolutionSummary, missing) => {
    expect(missingForStatus({ status, assigneeId, resolutionCode, resolutionSummary })).toBe(missing);
  });
});
