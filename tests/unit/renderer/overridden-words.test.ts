import { describe, expect, it } from 'vitest';
import { describeLostEdit, mayReapply, overriddenWords } from '../../../src-renderer/features/conflicts/overridden-words';

const me = 'u-ana';
const names = new Map([[me, 'Ana Morales'], ['u-ben', 'Ben Okafor'], ['u-monica', 'Monica Hale']]);
const entry = (field: string, mine: unknown, kept: unknown, keptBy = 'u-ben', collectionName = 'work-orders') =>
  ({ kind: 'overridden' as const, collectionName, field, mine: JSON.stringify(mine), kept: JSON.stringify(kept), keptBy });

describe('an overridden edit in plain words, and whether it can be re-applied', () => {
  it.each<[string, ReturnType<typeof entry>, string, boolean]>([
    ['a status another technician changed', entry('status', 'on-hold', 'in-progress'), 'You set the status to “On hold”, but Ben Okafor changed it later to “In progress”, which was kept.', true],
    ['a hold reason', entry('holdReason', 'waiting-for-parts', 'scheduled'), 'You set the hold reason to “Waiting for parts”, but Ben Okafor changed it later to “Scheduled visit”, which was kept.', true],
    ['who is assigned', entry('assigneeId', 'u-ana', 'u-ben', 'u-monica'), 'You set who is assigned to “Ana Morales”, but Monica Hale changed it later to “Ben Okafor”, which was kept.', true],
    ['an assignee this device does not know', entry('assigneeId', '', 'u-zed', 'u-monica'), 'You set who is assigned to “nobody”, but Monica Hale changed it later to “another user”, which was kept.', true],
    ['a field without a name of its own', entry('requester.phone', '555', '556'), 'You set one of its details to “555”, but Ben Okafor changed it later to “556”, which was kept.', true],
    ['a writer this device does not know', entry('room', '301', '204', 'u-zed'), 'You set the room to “301”, but another user changed it later to “204”, which was kept.', true],
    ['a status change that met a closed work order', entry('status', 'in-progress', 'closed', 'u-monica'), 'Monica Hale closed this work order before your change reached the server, so your change of its status to “In progress” was not applied. A closed work order cannot be reopened: open a new work order if the problem is back.', false],
    ['a status change that met a cancelled work order', entry('status', 'resolved', 'cancelled', 'u-monica'), 'Monica Hale cancelled this work order before your change reached the server, so your change of its status to “Resolved” was not applied. A cancelled work order cannot be reopened: open a new work order if the problem is back.', false],
    ['closed in my own name (another of my devices)', entry('status', 'on-hold', 'closed', me), 'This work order was closed before your change reached the server, so your change of its status to “On hold” was not applied. A closed work order cannot be reopened: open a new work order if the problem is back.', false],
    ['a resolved one can still be re-applied', entry('status', 'in-progress', 'resolved'), 'You set the status to “In progress”, but Ben Okafor changed it later to “Resolved”, which was kept.', true],
  ])('%s', (_, conflict, words, reapply) => {
    const text = overriddenWords(conflict, names, me);
    expect(text).toBe(words);
    expect(text).not.toMatch(/u-|in-progress|on-hold|holdReason|assigneeId|requester\./);
    expect(mayReapply(conflict)).toBe(reapply);
  });

  it('a refused change is never re-applied', () => {
    expect(mayReapply({ ...entry('status', 'in-progress', 'assigned'), kind: 'refused' })).toBe(false);
  });
});

describe('a value that gave way, on the work order\'s timeline', () => {
  const lost = (field: string, value: unknown, keptValue: unknown, setBy = me, keptBy = 'u-monica') =>
    ({ field, value: JSON.stringify(value), keptValue: JSON.stringify(keptValue), setBy, keptBy });
  it.each<[string, ReturnType<typeof lost>, string]>([
    ['a status that met a close', lost('status', 'in-progress', 'closed'), 'Ana Morales set the status to “In progress”; “Closed”, set by Monica Hale, was kept.'],
    ['a room', lost('room', '301', '204', 'u-ben', me), 'Ben Okafor set the room to “301”; “204”, set by Ana Morales, was kept.'],
    ['an assignee', lost('assigneeId', 'u-ana', 'u-ben'), 'Ana Morales set who is assigned to “Ana Morales”; “Ben Okafor”, set by Monica Hale, was kept.'],
    ['people this device does not know', lost('holdReason', 'scheduled', null, 'u-x', 'u-y'), 'Someone set the hold reason to “Scheduled visit”; “(empty)”, set by another user, was kept.'],
  ])('%s', (_, entry, words) => {
    expect(describeLostEdit(entry, names)).toBe(words);
  });
});
