import type { ReferenceDoc } from '../../schema/reference.schema';
import type { AssessmentRecommendation } from '../../schema/ergonomic-assessment.schema';
import type { RosaFinding } from './rosa-findings';
import type { RosaLiveScore } from './rosa-draft';

/** One recommendation of the county's catalogue (reference data, kind recommendation-catalogue). */
export type CatalogueRecommendation = NonNullable<ReferenceDoc['catalogue']>['recommendations'][number];

/**
 * The catalogue's recommendations that answer at least one of the findings, in catalogue order,
 * leaving out those already given: what the form suggests from the items that scored.
 */
export function suggestedRecommendations(
  catalogue: readonly CatalogueRecommendation[],
  findings: readonly RosaFinding[],
  given: readonly Pick<AssessmentRecommendation, 'catalogueId'>[],
): CatalogueRecommendation[] {
  const found = new Set<string>(findings);
  const taken = new Set(given.map((r) => r.catalogueId).filter(Boolean));
  return catalogue.filter((r) => !taken.has(r.id) && r.findings.some((f) => found.has(f)));
}

/** The sub-scores compared between two assessments, in the order of the score sheet. */
export const comparedScores = ['chair', 'monitorTelephone', 'mouseKeyboard', 'peripherals', 'final'] as const;
export type ComparedScore = (typeof comparedScores)[number];

/** Each sub-score then and now, and the change (negative: better); null where either has none yet. */
export function scoreChanges(before: RosaLiveScore, after: RosaLiveScore): { key: ComparedScore; before: number | null; after: number | null; change: number | null }[] {
  return comparedScores.map((key) => {
    const b = before[key] ?? null;
    const a = after[key] ?? null;
    return { key, before: b, after: a, change: a !== null && b !== null ? a - b : null };
  });
}
