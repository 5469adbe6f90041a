import type { ActionLevelCounts as Counts } from '@shared/domain/ergonomics/assessment-list';

/** How many of the selection are below the action level, at or above it, and not scored yet. */
export function ActionLevelCounts({ counts }: { counts: Counts }) {
  return (
    <dl className="fd-fields fd-counts" data-testid="action-level-counts" aria-label="Assessments by action level">
      <div><dt>Below 5 (below the action level)</dt><dd data-testid="count-below">{counts.below}</dd></div>
      <div><dt>5 or more (further assessment required)</dt><dd data-testid="count-at-or-above">{counts.atOrAbove}</dd></div>
      <div><dt>Not scored yet</dt><dd data-testid="count-unscored">{counts.unscored}</dd></div>
    </dl>
  );
}
