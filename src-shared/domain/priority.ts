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

/** Whether a level is one of 1, 2, 3 (for values read from forms and the wire). */
export function isLevel(value: number): value is Level {
  return value === 1 || value === 2 || value === 3;
}
