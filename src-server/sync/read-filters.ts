import { collections, type CollectionName } from '@shared/schema/collections';
import { attachmentOwners } from '@shared/schema/attachment.schema';
import { isSupervisor, readsEveryAssessment, recentWorkDays, type Actor, type ReadRule } from '@shared/domain/access';

/** A work order (row alias `w`) a technician may see: open, or theirs and finished recently. */
const visibleWorkOrder = (w: string, user: string, cutoff: string) =>
  `(${w}.data->>'status' NOT IN ('closed', 'cancelled') OR (${w}.data->>'assigneeId' = ${user} AND ${w}.data->>'updatedAt' >= ${cutoff}))`;

/** The owner (row alias `o`) of the attachment in row `d`. */
const ownerOf = (d: string) => `o.collection = ${d}.data->'owner'->>'collection' AND o.id = ${d}.data->'owner'->>'id'`;

/**
 * A rule as SQL on row alias `d`, for a technician whose id and 90-day cutoff are the named
 * parameters; `actor` says what they were granted (a safety officer reads every assessment).
 */
function ruleSql(rule: ReadRule, d: string, user: string, cutoff: string, actor: Actor): string {
  switch (rule) {
    case 'everything':
      return 'TRUE';
    case 'open-or-recently-worked':
      return visibleWorkOrder(d, user, cutoff);
    case 'assessor-or-safety':
      return readsEveryAssessment(actor) ? 'TRUE' : `${d}.data->>'assessorId' = ${user}`;
    case 'of-visible-work-order':
      return `EXISTS (SELECT 1 FROM documents w WHERE w.collection = 'work-orders' AND w.id = ${d}.data->>'workOrderId' AND ${visibleWorkOrder('w', user, cutoff)})`;
    case 'of-readable-owner': {
      // Each owner collection's own rule, applied to the owner; an attachment pushed before its
      // owner reached the server is its author's alone until the owner arrives.
      const owners = attachmentOwners.map((c) => `(o.collection = '${c}' AND ${ruleSql(collections[c].read, 'o', user, cutoff, actor)})`).join(' OR ');
      return `(EXISTS (SELECT 1 FROM documents o WHERE ${ownerOf(d)} AND (${owners}))
        OR (${d}.data->>'createdBy' = ${user} AND NOT EXISTS (SELECT 1 FROM documents o WHERE ${ownerOf(d)})))`;
    }
  }
}

/**
 * The SQL condition (on row alias `d`) for the documents of `collection` that `actor` may pull,
 * with its parameters numbered from `firstParam`. The rules are named in the shared registry.
 */
export function readFilter(collection: CollectionName, actor: Actor, now: Date, firstParam: number): { sql: string; params: unknown[] } {
  const rule = collections[collection].read;
  if (isSupervisor(actor) || rule === 'everything') return { sql: 'TRUE', params: [] };
  // Only the parameters the SQL uses: PostgreSQL cannot type one it never meets.
  if (rule === 'assessor-or-safety') return readsEveryAssessment(actor) ? { sql: 'TRUE', params: [] } : { sql: `d.data->>'assessorId' = $${firstParam}`, params: [actor.id] };
  const params = [actor.id, new Date(now.getTime() - recentWorkDays * 86_400_000).toISOString()];
  return { sql: ruleSql(rule, 'd', `$${firstParam}`, `$${firstParam + 1}`, actor), params };
}
