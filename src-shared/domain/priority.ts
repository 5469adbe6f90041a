/**
 * Priority from impact x urgency (both 1 = high .. 3 = low), the ITIL matrix:
 *
 *              urgency 1   urgency 2   urgency 3
 *   impact 1      P1          P2          P3
 *   impact 2      P2          P3          P4
 *   impact 3      P3          P4          P5
 *
 * P1 is critical (a whole site down), P5 is planned work.
 */
export type Level = 1 | 2 | 3;
export type Priority = 1 | 2 | 3 | 4 | 5;

/** The priority the matrix gives for an impact and urgency. */
export function derivePriority(impact: Level, urgency: Level): Priority {
  return (impact + urgency - 1) as Priority;
}

export const priorityLabels: Record<Priority, string> = {
  1: 'P1 Critical',
  2: 'P2 High',
  3: 'P3 Medium',
  4: 'P4 Low',
  5: 'P5 Planned',
};

/** Response and resolution targets per priority, in minutes of calendar time. */
export type SlaTargets = Record<Priority, { responseMinutes: number; resolutionMinutes: number }>;

/** The county's default service levels (a setting: callers may pass their own). */
export const defaultSlaTargets: SlaTargets = {
  1: { responseMinutes: 30, resolutionMinutes: 4 * 60 },
  2: { responseMinutes: 2 * 60, resolutionMinutes: 8 * 60 },
  3: { responseMinutes: 4 * 60, resolutionMinutes: 3 * 24 * 60 },
  4: { responseMinutes: 8 * 60, resolutionMinutes: 5 * 24 * 60 },
  5: { responseMinutes: 24 * 60, resolutionMinutes: 10 * 24 * 60 },
};

/** When a work order opened at `openedAt` with `priority` must be responded to and resolved. */
export function slaDueTimes(
  priority: Priority,
  openedAt: Date,
  targets: SlaTargets = defaultSlaTargets,
): { responseDueAt: string; resolutionDueAt: string } {
  const t = targets[priority];
  const at = (minutes: number) => new Date(openedAt.getTime() + minutes * 60_000).toISOString();
  return { responseDueAt: at(t.responseMinutes), resolutionDueAt: at(t.resolutionMinutes) };
}

/** Whether a level is one of 1, 2, 3 (for values read from forms and the wire). */
export function isLevel(value: number): value is Level {
  return value === 1 || value === 2 || value === 3;
}
