import { describe, expect, it } from 'vitest';
import { describeTimelineEntry } from '../../../src-renderer/features/work-orders/describe-timeline-entry';

const people = new Map([['u-ana', 'Ana Morales'], ['u-ben', 'Ben Okafor']]);
const overridden = { kind: 'overridden-edit' as const };

describe('a timeline entry in words, never internal values', () => {
  it.each([
    [
      'an overridden status, whatever text an older device stored',
      { ...overridden, text: 'Edit overridden by a later change: status was "on-hold" here; "in-progress" was kept.', lostEdit: { field: 'status', value: '"on-hold"', keptValue: '"in-progress"', setBy: 'u-ana', keptBy: 'u-ben' } },
      'Ana Morales set the status to “On hold”, but Ben Okafor changed it later to “In progress”, which was kept.',
    ],
    [
      'an overridden hold reason',
      { ...overridden, text: 'x', lostEdit: { field: 'holdReason', value: '"waiting-for-parts"', keptValue: '"waiting-for-vendor"', setBy: 'u-ben', keptBy: 'u-ana' } },
      'Ben Okafor set the hold reason to “Waiting for parts”, but Ana Morales changed it later to “Waiting for vendor”, which was kept.',
    ],
    [
      'an overridden assignee, by name',
      { ...overridden, text: 'x', lostEdit: { field: 'assigneeId', value: '"u-ana"', keptValue: '""', setBy: 'u-ana', keptBy: 'u-ben' } },
      'Ana Morales set who is assigned to “Ana Morales”, but Ben Okafor changed it later to “nobody”, which was kept.',
    ],
    [
      'a refused status change',
      { ...overridden, text: 'Status change to On hold not applied', lostStatus: { to: 'on-hold' as const, version: '2026-01-01T00:00:00.000Z' } },
      'The change of the status to “On hold” was not applied: the central server did not accept it.',
    ],
    ['a status step', { kind: 'status-change' as const, text: 'x', statusChange: { from: 'assigned' as const, to: 'in-progress' as const, at: '2026-01-01T00:00:00.000Z' } }, 'Assigned → In progress'],
    ['a note, as written', { kind: 'note' as const, text: 'Replaced the toner.' }, 'Replaced the toner.'],
  ])('%s', (_, entry, words) => {
    expect(describeTimelineEntry(entry, people)).toBe(words);
  });
});
