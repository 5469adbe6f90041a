import { describe, expect, it } from 'vitest';
import { collections } from '@shared/schema/collections';
import { createValidator } from '@shared/schema/validate';
import { newNote, newWorkOrder } from '../../../support/documents';

const strip = <T extends { _deleted: boolean }>(doc: T) => {
  const { _deleted, ...rest } = doc;
  return rest;
};
const validateWorkOrder = createValidator(collections['work-orders'].schema);
const validateNote = createValidator(collections['work-order-notes'].schema);
const validateSite = createValidator(collections.sites.schema);
const createdBy = 'user-1';

describe('the work-order schema', () => {
  it('accepts a complete work order, with or without a server number', () => {
    expect(validateWorkOrder(strip(newWorkOrder({ createdBy })))).toBeNull();
    expect(validateWorkOrder(strip(newWorkOrder({ number: 10001, holdReason: 'waiting-for-parts', status: 'on-hold', assigneeId: 'user-2', createdBy })))).toBeNull();
  });

  it.each([
    ['no title', { title: undefined }, 'title'],
    ['an empty title', { title: '' }, 'title'],
    ['urgency 0', { urgency: 0 }, 'urgency'],
    // Whether a category exists is the server's check, against reference data; the schema checks its form.
    ['a category that is not a reference key', { category: 'Plumbing & heating' }, 'category'],
    ['a local time without zone', { updatedAt: '2026-11-23 10:00' }, 'updatedAt'],
    ['an unknown field', { cost: 100 }, 'cost'],
    ['a malformed email', { requester: { name: 'A', department: '', phone: '', email: 'nope' } }, 'requester.email'],
    ['a requester without a name', { requester: { department: '', phone: '', email: '' } }, 'requester.name'],
  ])('rejects %s, naming the field', (_, change, field) => {
    const doc: Record<string, unknown> = { ...strip(newWorkOrder({ createdBy })), ...change };
    for (const [k, v] of Object.entries(doc)) if (v === undefined) delete doc[k];
    expect(validateWorkOrder(doc)?.field).toBe(field);
  });

  it('rejects a priority that does not follow from impact and urgency', () => {
    const check = collections['work-orders'].check;
    expect(check?.({ ...newWorkOrder({ impact: 1, urgency: 1, createdBy }), priority: 4 })).toMatchObject({ field: 'priority' });
    expect(check?.(newWorkOrder({ impact: 1, urgency: 1, createdBy }))).toBeNull();
  });

  it.each([
    ['assigned', { assigneeId: '' }, 'assigneeId'],
    ['resolved', { assigneeId: 'user-2', resolutionCode: 'other', resolutionSummary: '' }, 'resolutionSummary'],
    ['resolved', { assigneeId: 'user-2', resolutionSummary: 'Done.' }, 'resolutionCode'],
    ['closed', { assigneeId: '', resolutionCode: 'other', resolutionSummary: 'Done.' }, 'assigneeId'],
  ] as const)('rejects a %s work order without what that status needs', (status, change, field) => {
    expect(collections['work-orders'].check?.(newWorkOrder({ status, ...change, createdBy }))).toMatchObject({ field });
  });
});

describe('the note and site schemas', () => {
  it('accept good documents', () => {
    expect(validateNote(strip(newNote('wo-1', { authorId: 'user-1' })))).toBeNull();
    expect(validateSite({ id: 'site-1', code: 'LIB-MAP', name: 'Maple Library', address: '1 Main St', buildings: [{ name: 'Main', rooms: ['101'] }], updatedAt: '2026-11-23T08:00:00.000Z' })).toBeNull();
  });

  it('reject a note with an unknown kind or no text', () => {
    expect(validateNote({ ...strip(newNote('wo-1', { authorId: 'user-1' })), kind: 'gossip' })?.field).toBe('kind');
    expect(validateNote({ ...strip(newNote('wo-1', { authorId: 'user-1' })), text: '' })?.field).toBe('text');
  });

  it('reject a site whose building has no rooms list', () => {
    const site = { id: 's', code: 'X', name: 'X', address: '', buildings: [{ name: 'Main' }], updatedAt: '2026-11-23T08:00:00.000Z' };
    expect(validateSite(site)?.field).toBe('buildings.0.rooms');
  });

  it('reports a value JSON cannot carry instead of throwing', () => {
    expect(validateNote({ ...strip(newNote('wo-1', { authorId: 'user-1' })), text: undefined })).not.toBeNull();
  });
});
