import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { MangoQuery } from 'rxdb';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { Site } from '@shared/schema/site.schema';
import { useSession } from '../../host/api-context';
import { useWorkOrderFilters, type SortKey } from '../../stores/work-order-filters';

const openStatuses = ['new', 'assigned', 'in-progress', 'on-hold'];

const sorts: Record<SortKey, MangoQuery<WorkOrder>['sort']> = {
  priority: [{ priority: 'asc' }, { resolutionDueAt: 'asc' }],
  due: [{ resolutionDueAt: 'asc' }],
  updated: [{ updatedAt: 'desc' }],
  number: [{ createdAt: 'desc' }],
};

/**
 * The work orders the current filters select, live: local writes and pulled changes show at once.
 * `openOnly` keeps the list's other filters but takes every open status (the open-work-orders report).
 */
export function useWorkOrders(options: { openOnly?: boolean } = {}): { workOrders: WorkOrder[]; loading: boolean } {
  const session = useSession();
  const filters = useWorkOrderFilters();
  const { scope, priority, siteId, sort } = filters;
  const status = options.openOnly ? 'open' : filters.status;
  const query = useMemo<MangoQuery<WorkOrder>>(() => {
    const selector: Record<string, unknown> = {};
    if (scope === 'mine') selector.assigneeId = session.user.id;
    if (scope === 'unassigned') selector.assigneeId = '';
    if (status === 'open') selector.status = { $in: openStatuses };
    else if (status !== 'all') selector.status = status;
    if (priority) selector.priority = priority;
    if (siteId) selector.siteId = siteId;
    return { selector, sort: sorts[sort] };
  }, [scope, status, priority, siteId, sort, session.user.id]);
  const { results, loading } = useLiveRxQuery<WorkOrder>({ collection: 'work_orders', query });
  const workOrders = useMemo(() => results.map((doc) => doc.toJSON() as WorkOrder), [results]);
  return { workOrders, loading };
}

const allSites = { sort: [{ name: 'asc' as const }] };

/** Every site, by name, and a lookup by id. */
export function useSites(): { sites: Site[]; byId: Map<string, Site> } {
  const { results } = useLiveRxQuery<Site>({ collection: 'sites', query: allSites });
  return useMemo(() => {
    const sites = results.map((doc) => doc.toJSON() as Site);
    return { sites, byId: new Map(sites.map((s) => [s.id, s])) };
  }, [results]);
}
