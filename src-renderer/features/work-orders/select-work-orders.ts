import { workOrderStatuses } from '@shared/domain/work-order-status';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { Scope, SortDirection, SortKey, StatusFilter } from '../../stores/work-order-filters';

const openStatuses = new Set(['new', 'assigned', 'in-progress', 'on-hold']);
const lifecycleOrder = new Map(workOrderStatuses.map((s, i) => [s, i]));
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export type Selection = {
  scope: Scope;
  status: StatusFilter;
  priority: number | null;
  siteId: string | null;
  text: string;
  sort: SortKey;
  direction: SortDirection;
};

/** Names the list shows instead of ids, which it also sorts by. */
export type Names = { sites: ReadonlyMap<string, string>; people: ReadonlyMap<string, string> };

const inScope = (wo: WorkOrder, scope: Scope, me: string) =>
  scope === 'everyone' || (scope === 'mine' ? wo.assigneeId === me : !wo.assigneeId);

function matchesRest(wo: WorkOrder, s: Selection, names: Names, words: readonly string[]): boolean {
  if (s.status === 'open' ? !openStatuses.has(wo.status) : s.status !== 'all' && wo.status !== s.status) return false;
  if (s.priority && wo.priority !== s.priority) return false;
  if (s.siteId && wo.siteId !== s.siteId) return false;
  if (words.length === 0) return true;
  const haystack = `wo-${wo.number ?? ''} ${wo.title} ${names.sites.get(wo.siteId) ?? ''} ${wo.requester.name}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

type Compare = (a: WorkOrder, b: WorkOrder) => number;

const compareBy = (names: Names): Record<SortKey, Compare> => ({
  // Not numbered yet (made offline): newer than any numbered one.
  number: (a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER),
  title: (a, b) => collator.compare(a.title, b.title),
  site: (a, b) => collator.compare(names.sites.get(a.siteId) ?? '', names.sites.get(b.siteId) ?? ''),
  // Unassigned sorts first: it is the work nobody holds.
  assignee: (a, b) => collator.compare(a.assigneeId ? (names.people.get(a.assigneeId) ?? '~') : '', b.assigneeId ? (names.people.get(b.assigneeId) ?? '~') : ''),
  status: (a, b) => (lifecycleOrder.get(a.status) ?? 0) - (lifecycleOrder.get(b.status) ?? 0),
  priority: (a, b) => a.priority - b.priority,
  updated: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
  due: (a, b) => (a.resolutionDueAt < b.resolutionDueAt ? -1 : a.resolutionDueAt > b.resolutionDueAt ? 1 : 0),
});

/**
 * The work orders the list shows, in its order, and how many each scope would show under the
 * other filters (the counts beside "Assigned to me", "Unassigned", "Everyone's"). Pure and in
 * memory: 10,000 work orders filter and sort in a few milliseconds, where a new database query
 * for each choice took hundreds.
 */
export function selectWorkOrders(all: readonly WorkOrder[], s: Selection, me: string, names: Names): { rows: WorkOrder[]; counts: Record<Scope, number> } {
  const words = s.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const counts: Record<Scope, number> = { mine: 0, unassigned: 0, everyone: 0 };
  const rows: WorkOrder[] = [];
  for (const wo of all) {
    if (!matchesRest(wo, s, names, words)) continue;
    counts.everyone += 1;
    if (wo.assigneeId === me) counts.mine += 1;
    if (!wo.assigneeId) counts.unassigned += 1;
    if (inScope(wo, s.scope, me)) rows.push(wo);
  }
  const compare = compareBy(names);
  const first = compare[s.sort];
  const sign = s.direction === 'asc' ? 1 : -1;
  // Ties fall back to the deadline, then the number, so the order is stable between renders.
  rows.sort((a, b) => sign * first(a, b) || compare.due(a, b) || compare.number(a, b));
  return { rows, counts };
}
