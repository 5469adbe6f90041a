import { describe, expect, it } from 'vitest';
import { rosaFindings } from '@shared/domain/ergonomics/rosa-findings';
import { findingWords } from '../../../../src-renderer/features/ergonomics/finding-words';
import { assessmentsTable } from '../../../../src-renderer/features/ergonomics/assessments-table';
import { assessmentScore } from '@shared/domain/ergonomics/assessment-list';
import { newAssessment } from '../../../support/documents';
import { rosaInput } from '../../shared/domain/ergonomics/rosa-inputs';

describe('findings in plain words, for the report', () => {
  it.each(rosaFindings.map((f) => [f]))('%s reads as the sheet words it, never as its code', (finding) => {
    const words = findingWords(finding);
    expect(words).toMatch(/^(Seat pan height|Seat pan depth|Armrests|Back support|Chair|Monitor|Telephone|Mouse|Keyboard): [A-Z]/);
    expect(words).not.toMatch(/[a-z][A-Z]|\./);
  });
});

describe('the safety-meeting table', () => {
  it('gives the score and the action level in words, and an unscored draft as such', () => {
    const scored = newAssessment('u', { rosa: rosaInput(), employee: { name: 'Ann Lee', department: 'Treasury', jobTitle: '' }, followUpOn: '2026-04-01' });
    const draft = newAssessment('u', { employee: { name: 'Bo Park', department: '', jobTitle: '' } });
    const table = assessmentsTable([scored, draft].map((assessment) => ({ assessment, score: assessmentScore(assessment) })), new Map([['site-001', 'County Annex']]));
    expect(table.rows[0]).toMatchObject({ employee: 'Ann Lee', workstation: 'County Annex, room 210', score: String(assessmentScore(scored)?.final), risk: 'Below 5', status: 'Draft' });
    expect(table.rows[1]).toMatchObject({ score: 'Not scored yet', risk: '' });
  });
});
