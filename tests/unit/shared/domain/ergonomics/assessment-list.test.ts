import { describe, expect, it } from 'vitest';
import { departmentsOf, localDay, noAssessmentFilters, previousAssessment, selectAssessments } from '@shared/domain/ergonomics/assessment-list';
import { scoreRosa } from '@shared/domain/ergonomics/rosa';
import { newAssessment } from '../../../../support/documents';
import { rosaInput } from './rosa-inputs';

const high = rosaInput({ chair: { seatHeight: { base: 'noFootContact', notAdjustable: true }, backSupport: { base: 'none' }, duration: 1 }, monitor: { base: 'tooHigh', glare: true, duration: 1 }, mouse: { base: 'reaching', differentSurface: true, duration: 1 }, keyboard: { base: 'wristsExtended', duration: 1 } });
const low = rosaInput();
const a = (id: string, overrides: Parameters<typeof newAssessment>[1]) => ({ ...newAssessment('user-1', { id, ...overrides }), _deleted: undefined as never });

const assessments = [
  a('high-annex', { rosa: high, siteId: 'annex', employee: { name: 'Ann Lee', department: 'Treasury', jobTitle: '' }, assessedAt: '2026-03-01T10:00:00.000Z', followUpOn: '2026-04-01' }),
  a('low-annex', { rosa: low, siteId: 'annex', employee: { name: 'Bo Park', department: 'treasury ', jobTitle: '' }, assessedAt: '2026-03-02T10:00:00.000Z', followUpOn: '2026-06-01' }),
  a('draft-court', { rosa: { monitor: { base: 'ok', duration: 0 } }, siteId: 'court', employee: { name: 'Cy Roe', department: 'Roads', jobTitle: '' }, assessedAt: '2026-03-03T10:00:00.000Z' }),
];
const today = '2026-05-01';

describe('the assessment list and its counts for the safety meeting', () => {
  it('the examples are what they say: one at the action level, one below, one not scored', () => {
    expect([scoreRosa(high).actionLevel, scoreRosa(low).actionLevel]).toEqual([true, false]);
  });

  it.each([
    ['no filter', noAssessmentFilters, ['draft-court', 'low-annex', 'high-annex'], { below: 1, atOrAbove: 1, unscored: 1 }],
    ['a site', { ...noAssessmentFilters, siteId: 'annex' }, ['low-annex', 'high-annex'], { below: 1, atOrAbove: 1, unscored: 0 }],
    ['a department, as typed in any case', { ...noAssessmentFilters, department: 'Treasury' }, ['low-annex', 'high-annex'], { below: 1, atOrAbove: 1, unscored: 0 }],
    ['score 5 or more', { ...noAssessmentFilters, actionLevel: true }, ['high-annex'], { below: 0, atOrAbove: 1, unscored: 0 }],
    ['follow-up due by today', { ...noAssessmentFilters, followUpDue: true }, ['high-annex'], { below: 0, atOrAbove: 1, unscored: 0 }],
  ])('%s', (_, filters, ids, counts) => {
    const { rows, counts: got } = selectAssessments(assessments, filters, today);
    expect(rows.map((r) => r.assessment.id)).toEqual(ids);
    expect(got).toEqual(counts);
  });

  it('a follow-up on today is due', () => {
    expect(selectAssessments(assessments, { ...noAssessmentFilters, followUpDue: true }, '2026-06-01').rows).toHaveLength(2);
  });

  it('lists each department once, as first typed', () => {
    expect(departmentsOf(assessments)).toEqual(['Roads', 'Treasury']);
  });

  it("reads today's date in the laptop's own time zone", () => {
    expect(localDay(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});

describe("an employee's previous assessment", () => {
  const first = a('first', { employee: { name: 'Ann Lee', department: 'Treasury', jobTitle: '' }, assessedAt: '2026-01-01T10:00:00.000Z' });
  const second = a('second', { employee: { name: 'ann lee', department: 'Treasury', jobTitle: '' }, assessedAt: '2026-02-01T10:00:00.000Z' });
  const other = a('other', { employee: { name: 'Bo Park', department: 'Treasury', jobTitle: '' }, assessedAt: '2026-01-15T10:00:00.000Z' });
  it.each([
    ['the one it follows up', a('third', { previousId: 'first', employee: first.employee, assessedAt: '2026-03-01T10:00:00.000Z' }), 'first'],
    ['otherwise the latest earlier one of the same name', a('third', { employee: first.employee, assessedAt: '2026-03-01T10:00:00.000Z' }), 'second'],
    ['none for a first assessment', first, undefined],
  ])('%s', (_, of, expected) => {
    expect(previousAssessment(of, [first, second, other, of])?.id).toBe(expected);
  });
});
