import { collections, type CollectionName } from '@shared/schema/collections';
import { isSupervisor, recentWorkDays, type Actor } from '@shared/domain/access';

/** A work order (row alias `w`) a technician may see: open, or theirs and finished recently. */
const visibleWorkOrder = (w: string, user: string, cutoff: string) =>
  `(${w}.data->>'status' NOT IN ('closed', 'cancelled') OR (${w}.data->>'assigneeId' = ${user} AND ${w}.data->>'updatedAt' >= ${cutoff}))`;

/**
 * The SQL condition (on row alias `d`) for the documents of `collection` that `actor` may pull,
 * with its parameters numbered from `firstParam`. The rules are named in the shared registry.
 */
export function readFilter(collection: CollectionName, actor: Actor, now: Date, firstParam: number): { sql: string; params: unknown[] } {
  const rule = collections[collection].read;
  if (isSupervisor(actor) || rule === 'everything') return { sql: 'TRUE', params: [] };
  const user = `$${firstParam}`;
  const cutoff = `$${firstParam + 1}`;
  const params = [actor.id, new Date(now.getTime() - recentWorkDays * 86_400_000).toISOString()];
  if (rule === 'open-or-recently-worked') return { sql: visibleWorkOrder('d', user, cutoff), params };
  return {
    sql: `EXISTS (SELECT 1 FROM documents w WHERE w.collection = 'work-orders' AND w.id = d.data->>'workOrderId' AND ${visibleWorkOrder('w', user, cutoff)})`,
    params,
  };
}
