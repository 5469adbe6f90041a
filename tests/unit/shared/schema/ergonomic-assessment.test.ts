import { describe, expect, it } from 'vitest';
import { collections } from '@shared/schema/collections';
import { assessmentFromV0, checkAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { createValidator } from '@shared/schema/validate';
import { newAssessment } from '../../../support/documents';
import { rosaInput } from '../domain/ergonomics/rosa-inputs';

const validate = createValidator(collections['ergonomic-assessments'].schema);
const doc = (overrides: Parameters<typeof newAssessment>[1] = {}) => {
  const { _deleted, ...rest } = newAssessment('user-1', overrides);
  return rest;
};

describe('the ergonomic-assessment schema (version 1)', () => {
  it('accepts a draft with nothing answered yet, and one with ROSA, OSHA, assets and recommendations', () => {
    expect(validate(doc())).toBeNull();
    const answered = doc({
      rosa: rosaInput({ monitor: { base: 'tooHigh', glare: true, duration: 1 } }),
      osha: { version: 1, items: { 'seating.1': { answer: 'no', note: 'Chair too low' } } },
      assetIds: ['asset-1'],
      recommendations: [{ id: 'r1', catalogueId: 'footrest', text: 'Provide a footrest.', findings: ['chair.seatHeight.noFootContact'], equipment: 'Adjustable footrest', workOrderId: 'wo-1' }],
      followUpOn: '2026-09-01',
    });
    expect(validate(answered)).toBeNull();
    expect(checkAssessment(answered)).toBeNull();
  });

  it.each([
    ['an option ROSA does not offer', { rosa: { monitor: { base: 'sideways' } } }, 'rosa.monitor.base'],
    ['a modifier of another item', { rosa: { mouse: { base: 'ok', glare: true } } }, 'rosa.mouse.glare'],
    ['a duration in hours', { rosa: { keyboard: { base: 'ok', duration: 3 } } }, 'rosa.keyboard.duration'],
    ['a follow-up that is not a date', { followUpOn: 'next week' }, 'followUpOn'],
    ['an OSHA answer other than yes, no or not applicable', { osha: { version: 1, items: { 'seating.1': { answer: 'maybe' } } } }, 'osha.items.seating.1.answer'],
    ['the item scores of the first version', { items: { A1: 2 } }, 'items'],
  ])('rejects %s, naming the field', (_, change, field) => {
    expect(validate({ ...doc(), ...change })?.field).toBe(field);
  });

  it.each([
    ['a final assessment with ROSA answers missing', doc({ status: 'final', rosa: { monitor: { base: 'ok', duration: 0 } } }), 'rosa.chair'],
    ['a final assessment whose OSHA "no" has no note', doc({ status: 'final', rosa: rosaInput(), osha: { version: 1, items: { 'seating.1': { answer: 'no' } } } }), 'osha.items.seating.1.note'],
    ['answers to an OSHA item that does not exist, even in a draft', doc({ osha: { version: 1, items: { 'seating.99': { answer: 'yes' } } } }), 'osha.items.seating.99'],
  ])('refuses %s', (_, value, field) => {
    expect(checkAssessment(value)?.field).toBe(field);
  });

  it('lets a draft keep an OSHA "no" whose note is still to be typed, and a final complete one pass', () => {
    expect(checkAssessment(doc({ osha: { version: 1, items: { 'seating.1': { answer: 'no' } } } }))).toBeNull();
    expect(checkAssessment(doc({ status: 'final', rosa: rosaInput() }))).toBeNull();
  });

  it('migrates a first-version assessment to a draft with its employee and recommendations', () => {
    const old = {
      id: 'ea-1', siteId: 'site-001', building: 'Main', room: '210', employeeName: 'Dana Whitfield', assessorId: 'user-1', method: 'rosa' as const,
      status: 'final' as const, items: { A1: 2 }, scores: { final: 4 }, recommendations: ['Raise the seat.', '', 'Headset.'], assessedAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:30:00.000Z',
    };
    const migrated = assessmentFromV0(old);
    expect(validate(migrated)).toBeNull();
    expect(migrated).toMatchObject({ employee: { name: 'Dana Whitfield', department: '', jobTitle: '' }, status: 'draft', rosa: {}, recommendations: [{ id: 'r1', text: 'Raise the seat.' }, { id: 'r3', text: 'Headset.' }] });
  });
});
