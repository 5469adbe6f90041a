import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRxCollection } from 'rxdb/plugins/react';
import type { MangoQuery, RxCollection } from 'rxdb';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { Site } from '@shared/schema/site.schema';
import type { UserProfile } from '@shared/schema/user.schema';
import { useSession } from '../../host/api-context';
import { scopeFor, useWorkOrderFilters, type Scope } from '../../stores/work-order-filters';
import { selectWorkOrders, type Names, type Selection } from './select-work-orders';
import { sharedRows, type SharedRows } from './shared-rows';

const nothing = { subscribe: () => () => undefined, getSnapshot: () => ({ rows: [], loaded: false }) as SharedRows<never> };

function useShared<T>(name: string, key: string, query: MangoQuery<T>): SharedRows<T> {
  const collection = useRxCollection<T>(name) as RxCollection<T> | null;
  const store = useMemo(() => (collection ? sharedRows(collection, key, query) : nothing), [collection, key, query]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot) as SharedRows<T>;
}

const everyWorkOrder: MangoQuery<WorkOrder> = { selector: {} };
const allSites: MangoQuery<Site> = { selector: {}, sort: [{ name: 'asc' }] };
const everyone: MangoQuery<UserProfile> = { selector: {} };

/** Every work order on this device, live (see ./shared-rows.ts). */
export const useAllWorkOrders = () => useShared('work_orders', 'all', everyWorkOrder);

// Derived lookups, made once per answer of their query (the arrays stay the same until it changes).
const siteLookups = new WeakMap<readonly Site[], Map<string, Site>>();
const peopleLookups = new WeakMap<readonly UserProfile[], Map<string, UserProfile>>();
const nameLookups = new WeakMap<Map<string, Site>, WeakMap<Map<string, UserProfile>, Names>>();
const cached = <K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V => {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
};

/** Every site, by name, and a lookup by id. */
export function useSites(): { sites: readonly Site[]; byId: Map<string, Site> } {
  const { rows } = useShared('sites', 'all', allSites);
  return { sites: rows, byId: cached(siteLookups, rows, () => new Map(rows.map((s) => [s.id, s]))) };
}

/** Every person this device holds, by id. */
export function usePeople(): Map<string, UserProfile> {
  const { rows } = useShared('users', 'all', everyone);
  return cached(peopleLookups, rows, () => new Map(rows.map((p) => [p.id, p])));
}

/** Site and people names by id, for showing and sorting the list: the same object until either changes. */
export function useNames(): Names {
  const { byId } = useSites();
  const people = usePeople();
  const forSites = cached(nameLookups, byId, () => new WeakMap());
  return cached(forSites, people, () => ({
    sites: new Map([...byId].map(([id, s]) => [id, s.name])),
    people: new Map([...people].map(([id, p]) => [id, p.name])),
  }));
}

/** The last selection made, kept across visits: coming back to an unchanged list sorts nothing again. */
let last: { all: readonly WorkOrder[]; key: string; names: Names; result: ReturnType<typeof selectWorkOrders> } | null = null;
function select(all: readonly WorkOrder[], selection: Selection, me: string, names: Names, myLevel: number | undefined) {
  const key = JSON.stringify([selection, me, myLevel]);
  if (last?.all !== all || last.key !== key || last.names !== names) last = { all, key, names, result: selectWorkOrders(all, selection, me, names, myLevel) };
  return last.result;
}

/**
 * The work orders the current filters select, in the list's order, live: local writes and
 * pulled changes show at once. `counts`: how many each scope shows under the other filters.
 * `openOnly` keeps the list's other filters but takes every open status (the open-work-orders report).
 */
export function useWorkOrders(options: { openOnly?: boolean } = {}): { workOrders: WorkOrder[]; counts: Record<Scope, number>; scope: Scope; loading: boolean } {
  const session = useSession();
  // Only the fields that choose rows: focusing a row (activeId) re-renders nothing here.
  const { scope: chosen, scopeChosenBy, status, priority, siteId, text, sort, direction } = useWorkOrderFilters(
    useShallow(({ scope, scopeChosenBy, status, priority, siteId, text, sort, direction }) => ({ scope, scopeChosenBy, status, priority, siteId, text, sort, direction })),
  );
  const scope = scopeFor({ scope: chosen, scopeChosenBy }, session.user);
  const { rows, loaded } = useAllWorkOrders();
  const names = useNames();
  const people = usePeople();
  const myLevel = session.user.role === 'technician' ? (people.get(session.user.id)?.level ?? 1) : undefined;
  const selection: Selection = { scope, status: options.openOnly ? 'open' : status, priority, siteId, text, sort, direction };
  const { rows: workOrders, counts } = select(rows, selection, session.user.id, names, myLevel);
  return { workOrders, counts, scope, loading: !loaded };
}
