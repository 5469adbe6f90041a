import type { ErgonomicAssessment } from '../../schema/ergonomic-assessment.schema';
import { completeRosa } from './rosa-draft';
import { scoreRosa, type RosaScore } from './rosa';

/**
 * The safety officer's list of assessments, and its counts for the periodic safety meeting.
 * Risk is the action level only (DECISIONS #13): a final score below 5, or 5 and above ("further
 * assessment required"); an assessment whose answers are not complete has no score yet.
 *
 *   filter            keeps
 *   siteId            assessments at that site
 *   department        assessments of employees of that department (as typed, case ignored)
 *   actionLevel       final score 5 or more
 *   followUpDue       a follow-up date on or before today
 */
export type AssessmentFilters = { siteId: string | null; department: string | null; actionLevel: boolean; followUpDue: boolean };

export const noAssessmentFilters: AssessmentFilters = { siteId: null, department: null, actionLevel: false, followUpDue: false };

/** An assessment with its score (null while its ROSA answers are incomplete). */
export type ScoredAssessment = { assessment: ErgonomicAssessment; score: RosaScore | null };

/** How many assessments of the selection are below the action level, at or above it, and not scored yet. */
export type ActionLevelCounts = { below: number; atOrAbove: number; unscored: number };

/** The score of an assessment's answers, when they are complete. */
export function assessmentScore(assessment: ErgonomicAssessment): RosaScore | null {
  const input = completeRosa(assessment.rosa);
  return input ? scoreRosa(input) : null;
}

/** Today's date where the list is read, as YYYY-MM-DD (follow-up dates are calendar dates). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether the follow-up date has come (on or before `today`). */
export const followUpDue = (a: ErgonomicAssessment, today: string) => a.followUpOn !== undefined && a.followUpOn <= today;

/**
 * The assessments the filters keep, newest first, each with its score, and the counts of that
 * selection by the action level.
 */
export function selectAssessments(all: readonly ErgonomicAssessment[], filters: AssessmentFilters, today: string): { rows: ScoredAssessment[]; counts: ActionLevelCounts } {
  const department = filters.department?.trim().toLowerCase() ?? '';
  const rows = all
    .map((assessment) => ({ assessment, score: assessmentScore(assessment) }))
    .filter(({ assessment: a, score }) =>
      (!filters.siteId || a.siteId === filters.siteId) &&
      (!department || a.employee.department.trim().toLowerCase() === department) &&
      (!filters.actionLevel || score?.actionLevel === true) &&
      (!filters.followUpDue || followUpDue(a, today)),
    )
    .sort((x, y) => (x.assessment.assessedAt < y.assessment.assessedAt ? 1 : x.assessment.assessedAt > y.assessment.assessedAt ? -1 : 0));
  const counts: ActionLevelCounts = { below: 0, atOrAbove: 0, unscored: 0 };
  for (const { score } of rows) {
    if (!score) counts.unscored += 1;
    else if (score.actionLevel) counts.atOrAbove += 1;
    else counts.below += 1;
  }
  return { rows, counts };
}

/** The departments named in the assessments, once each (as first typed), in alphabetical order. */
export function departmentsOf(all: readonly ErgonomicAssessment[]): string[] {
  const seen = new Map<string, string>();
  for (const a of all) {
    const name = a.employee.department.trim();
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * The employee's previous assessment: the one this one follows up (`previousId`), or else the
 * latest earlier one of the same employee (by user id, or by name when typed).
 */
export function previousAssessment(of: ErgonomicAssessment, all: readonly ErgonomicAssessment[]): ErgonomicAssessment | undefined {
  if (of.previousId) return all.find((a) => a.id === of.previousId);
  const same = (a: ErgonomicAssessment) =>
    of.employee.userId ? a.employee.userId === of.employee.userId : a.employee.name.trim().toLowerCase() === of.employee.name.trim().toLowerCase();
  return all.filter((a) => a.id !== of.id && same(a) && a.assessedAt < of.assessedAt).sort((x, y) => (x.assessedAt < y.assessedAt ? 1 : -1))[0];
}
