import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { Names } from './select-work-orders';

/** A heading of the team queue: who holds the work below it, and how many work orders that is. */
export type TeamGroup = { assigneeId: string; label: string; count: number };

/** One entry of the grouped list: a group's heading, or a work order with its place among the work orders. */
export type TeamEntry = { kind: 'group'; group: TeamGroup } | { kind: 'row'; wo: WorkOrder; index: number };

/**
 * The team queue's entries from its rows (already ordered by group: unassigned first, then each
 * technician by name, ../select-work-orders.ts): a heading before each group, with its count.
 */
export function teamEntries(rows: readonly WorkOrder[], names: Names): TeamEntry[] {
  const entries: TeamEntry[] = [];
  let current: TeamGroup | null = null;
  rows.forEach((wo, index) => {
    if (!current || current.assigneeId !== wo.assigneeId) {
      const label = wo.assigneeId ? (names.people.get(wo.assigneeId) ?? 'Someone not on this device') : 'Unassigned';
      current = { assigneeId: wo.assigneeId, label, count: 0 };
      entries.push({ kind: 'group', group: current });
    }
    current.count += 1;
    entries.push({ kind: 'row', wo, index });
  });
  return entries;
}
