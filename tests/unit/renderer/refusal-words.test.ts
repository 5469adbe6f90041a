import { describe, expect, it } from 'vitest';
import { refusalWords } from '../../../src-renderer/features/conflicts/refusal-words';

const technical = 'document 0190: a closed work order is never reopened';

describe('a refused change in plain words (never the server\'s own text)', () => {
  it.each<[string, number, string, Record<string, unknown>, Record<string, unknown> | null, string, string?]>([
    ['a duplicate tag', 409, 'tag', { tag: 'CTY-0001234' }, null, 'Tag CTY-0001234 is already used by another asset: change the tag or merge with that asset.'],
    ['reopening closed work, closer known', 403, 'status', { status: 'in-progress' }, { status: 'closed' }, 'Monica Hale closed this work order before your change reached the server, so your change of its status to “In progress” was not applied. A closed work order cannot be reopened: open a new work order if the problem is back.', 'Monica Hale'],
    ['reopening closed work, closer unknown', 403, 'status', { status: 'on-hold' }, { status: 'closed' }, 'This work order was closed before your change reached the server, so your change of its status to “On hold” was not applied. A closed work order cannot be reopened: open a new work order if the problem is back.'],
    ['resolving cancelled work', 403, 'status', { status: 'resolved' }, { status: 'cancelled' }, 'Nathan Cole cancelled this work order before your change reached the server, so your change of its status to “Resolved” was not applied. A cancelled work order cannot be reopened: open a new work order if the problem is back.', 'Nathan Cole'],
    ['a technician closing', 403, 'status', { status: 'closed' }, { status: 'resolved' }, 'Only a supervisor can close a work order: it stays resolved until a supervisor closes it.'],
    ['a technician cancelling', 403, 'status', { status: 'cancelled' }, { status: 'assigned' }, 'Only a supervisor can cancel this work order (you can cancel a new work order you created).'],
    ['a jump the lifecycle has no path for', 403, 'status', { status: 'assigned' }, { status: 'in-progress' }, 'A work order cannot go from in progress to assigned.'],
    ['assigned with nobody', 400, 'assigneeId', { status: 'assigned' }, { status: 'new' }, 'A work order that is assigned needs someone assigned to it: assign it, then change the status again.'],
    ['resolved with no summary', 400, 'resolutionSummary', { status: 'resolved' }, null, 'A work order that is resolved needs a resolution summary: describe what was done, then change the status again.'],
    ['resolved with no code, or one the county does not keep', 400, 'resolutionCode', { status: 'resolved' }, null, 'A work order that is resolved needs a resolution code the county keeps: choose how it was resolved, then change the status again.'],
    ['assigning a colleague', 403, 'assigneeId', {}, null, 'Only a supervisor can assign work to someone else or take it from a colleague.'],
    ['a change in another\'s name', 403, 'createdBy', {}, null, 'This change was made in another person\'s name, so it was not accepted: make it again while signed in as yourself.'],
    ['an assessment without the safety-officer permission', 403, '', { rosa: {}, assessorId: 'u-2' }, null, 'Only the assessor, a safety officer or a supervisor can change this assessment (you may no longer be a safety officer), so your change was not applied.'],
    ['a field the schema refused', 400, 'room', {}, null, 'The change to the room is not valid, so it was not accepted: correct it and save again.'],
    ['a change too large for the server', 413, '', { kind: 'photo' }, null, 'This change is too large for the server, so it was not accepted: make it smaller (a photo at a lower size, say) and save it again.'],
    ['an internal field the schema refused', 400, 'lostEdit.value', {}, null, 'The change to one of its details is not valid, so it was not accepted: correct it and save again.'],
    ['a value another record holds', 409, 'serialNumber', {}, null, 'Another record already uses the serial number: change it and save again.'],
    ['an internal value another record holds', 409, 'tagKey', {}, null, 'Another record already uses one of these details: change it and save again.'],
  ])('%s', (_, status, field, mine, kept, words, keptBy) => {
    const text = refusalWords({ status, field, message: technical }, mine, kept, keptBy);
    expect(text).toBe(words);
    expect(text).not.toContain('document 0190');
    expect(text).not.toMatch(/in-progress|on-hold|never reopened/);
  });
});
