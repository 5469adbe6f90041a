import { describe, expect, it } from 'vitest';
import { describeTimelineEntry } from '../../../src-renderer/features/work-orders/describe-timeline-entry';

const people = new Map([['u-ana', 'Ana Morales'], ['u-ben', 'Ben Okafor']]);
const overridden = { kind: 'overridden-edit' as const };

describe('a timeline entry in words, never internal values', () => {
  it.each([
    [
      'an overridden status, whatever text an older device stored',
      { ...overridden, text: 'Edit overridden by a later change: status was "on-hold" here; "in-progress" was kept.', lostEdit: { field: 'status', value: '"on-hold"', keptValue: '"in-progress"', setBy: 'u-ana', keptBy: 'u-ben' } },
      'Ana Morales set the status to “On hold”; “In progress”, set by Ben Okafor, was kept.',
    ],
    [
      'an overridden hold reason',
      { ...overridden, text: 'A later edit replaced holdReason: "waiting-for-parts"', lostEdit: { field: 'holdReason', value: '"waiting-for-parts"', keptValue: '"waiting-for-vendor"', setBy: 'u-ben', keptBy: 'u-ana' } },
      'Ben Okafor set the hold reason to “Waiting for parts”; “Waiting for vendor”, set by Ana Morales, was kept.',
    ],
    [
      'a refused status change, in the sentence this app wrote',
      { ...overridden, text: 'Status change to On hold not applied: the server did not accept this edit.', lostStatus: { to: 'on-hold' as const, version: '2026-01-01T00:00:00.000Z' } },
      'Status change to On hold not applied: the server did not accept this edit.',
    ],
    ['an overridden edit recording nothing', { ...overridden, text: 'Edit overridden: holdReason was "scheduled"' }, 'An edit made here did not take effect: a later change or the central server overrode it.'],
    ['a status step', { kind: 'status-change' as const, text: 'x', statusChange: { from: 'assigned' as const, to: 'in-progress' as const, at: '2026-01-01T00:00:00.000Z' } }, 'Assigned → In progress'],
    ['a note, as written', { kind: 'note' as const, text: 'Replaced the toner.' }, 'Replaced the toner.'],
  ])('%s', (_, entry, words) => {
    expect(describeTimelineEntry(entry, people)).toBe(words);
  });
});
