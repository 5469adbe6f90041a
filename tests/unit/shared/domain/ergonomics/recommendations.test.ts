import { describe, expect, it } from 'vitest';
import { scoreChanges, suggestedRecommendations } from '@shared/domain/ergonomics/recommendations';
import { equipmentCategory, equipmentWorkOrder } from '@shared/domain/ergonomics/equipment-request';
import { rosaFindingsOf } from '@shared/domain/ergonomics/rosa-draft';
import { collections } from '@shared/schema/collections';
import { createValidator } from '@shared/schema/validate';
import { shippedEntries } from '../../../../support/reference';
import { rosaInput } from './rosa-inputs';

const catalogue = shippedEntries().find((e) => e.kind === 'recommendation-catalogue')?.catalogue?.recommendations ?? [];

describe('recommendations suggested from the answers that scored', () => {
  const findings = rosaFindingsOf(rosaInput({ chair: { seatHeight: { base: 'noFootContact' } }, monitor: { base: 'ok', glare: true, duration: 0 } }));

  it('are the catalogue entries answering a finding, in catalogue order', () => {
    const suggested = suggestedRecommendations(catalogue, findings, []);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((r) => r.findings.some((f) => findings.includes(f)))).toBe(true);
    expect(suggested.map((r) => r.id)).toContain('footrest');
  });

  it('include posture training where the findings are of how the workstation is used', () => {
    const held = rosaFindingsOf(rosaInput({ telephone: { base: 'ok', neckShoulderHold: true } }));
    expect(suggestedRecommendations(catalogue, held, []).map((r) => r.id)).toContain('posture-training');
  });

  it('leave out those already given, and suggest nothing for an ideal workstation', () => {
    expect(suggestedRecommendations(catalogue, findings, [{ catalogueId: 'footrest' }]).map((r) => r.id)).not.toContain('footrest');
    expect(suggestedRecommendations(catalogue, rosaFindingsOf(rosaInput()), [])).toEqual([]);
  });
});

describe('the equipment work order a recommendation becomes', () => {
  const assessment = { siteId: 'site-001', building: 'Main', room: '210' };
  const wo = equipmentWorkOrder(assessment, { text: 'Provide a footrest for Dana, whose feet do not reach the floor.', equipment: 'Adjustable footrest' }, { id: 'user-1', name: 'Luis Ortega' }, 'wo-1', new Date('2026-03-01T10:00:00.000Z'));

  it('is a valid new work order of the ergonomic-equipment category at the workstation', () => {
    expect(createValidator(collections['work-orders'].schema)(wo)).toBeNull();
    expect(collections['work-orders'].check?.(wo)).toBeNull();
    expect(wo).toMatchObject({ category: equipmentCategory, status: 'new', assigneeId: '', createdBy: 'user-1', siteId: 'site-001', room: '210', title: 'Ergonomic equipment: Adjustable footrest' });
  });

  it("carries the equipment, never the recommendation's words about the person", () => {
    expect(JSON.stringify(wo)).not.toMatch(/Dana|feet do not reach/);
  });
});

describe('the change in each sub-score between two assessments', () => {
  it('is after minus before, and unknown where either has no score', () => {
    expect(scoreChanges({ chair: 6, final: 6 }, { chair: 3, final: 4, mouseKeyboard: 2 })).toEqual([
      { key: 'chair', before: 6, after: 3, change: -3 },
      { key: 'monitorTelephone', before: null, after: null, change: null },
      { key: 'mouseKeyboard', before: null, after: 2, change: null },
      { key: 'peripherals', before: null, after: null, change: null },
      { key: 'final', before: 6, after: 4, change: -2 },
    ]);
  });
});
