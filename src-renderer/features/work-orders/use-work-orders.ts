import { useMemo, useSyncExternalStore } from 'react';
import { useLiveRxQuery, useRxCollection } from 'rxdb/plugins/react';
import type { RxCollection } from 'rxdb';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { Site } from '@shared/schema/site.schema';
import type { UserProfile } from '@shared/schema/user.schema';
import { useSession } from '../../host/api-context';
import { useWorkOrderFilters, type Scope } from '../../stores/work-order-filters';
import { selectWorkOrders, type Names } from './select-work-orders';
import { workOrderRowsStore, type WorkOrderRows } from './work-order-rows';

const notYet = { subscribe: () => () => undefined, getSnapshot: () => ({ rows: [], loaded: false }) as WorkOrderRows };

/** Every work order on this device, live (see ./work-order-rows.ts). */
export function useAllWorkOrders(): WorkOrderRows {
  const collection = useRxCollection<WorkOrder>('work_orders') as RxCollection<WorkOrder> | null;
  const store = useMemo(() => (collection ? workOrderRowsStore(collection) : notYet), [collection]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/**
 * The work orders the current filters select, in the list's order, live: local writes and
 * pulled changes show at once. `counts`: how many each scope shows under the other filters.
 * `openOnly` keeps the list's other filters but takes every open status (the open-work-orders report).
 */
export function useWorkOrders(options: { openOnly?: boolean } = {}): { workOrders: WorkOrder[]; counts: Record<Scope, number>; loading: boolean } {
  const session = useSession();
  const { scope, status, priority, siteId, text, sort, direction } = useWorkOrderFilters();
  const { rows, loaded } = useAllWorkOrders();
  const names = useNames();
  const selection = useMemo(
    () => ({ scope, status: options.openOnly ? ('open' as const) : status, priority, siteId, text, sort, direction }),
    [scope, status, priority, siteId, text, sort, direction, options.openOnly],
  );
  const { rows: workOrders, counts } = useMemo(() => selectWorkOrders(rows, selection, session.user.id, names), [rows, selection, session.user.id, names]);
  return { workOrders, counts, loading: !loaded };
}

const allSites = { selector: {}, sort: [{ name: 'asc' as const }] };
const everyone = { selector: {} };

/** Every site, by name, and a lookup by id. */
export function useSites(): { sites: Site[]; byId: Map<string, Site> } {
  const { results } = useLiveRxQuery<Site>({ collection: 'sites', query: allSites });
  return useMemo(() => {
    const sites = results.map((doc) => doc.toJSON() as Site);
    return { sites, byId: new Map(sites.map((s) => [s.id, s])) };
  }, [results]);
}

/** Every person this device holds, by id. */
export function usePeople(): Map<string, UserProfile> {
  const { results } = useLiveRxQuery<UserProfile>({ collection: 'users', query: everyone });
  return useMemo(() => new Map(results.map((doc) => [doc.id, doc.toJSON() as UserProfile])), [results]);
}

/** Site and people names by id, for showing and sorting the list. */
export function useNames(): Names {
  const { byId } = useSites();
  const people = usePeople();
  return useMemo(
    () => ({ sites: new Map([...byId].map(([id, s]) => [id, s.name])), people: new Map([...people].map(([id, p]) => [id, p.name])) }),
    [byId, people],
  );
}
