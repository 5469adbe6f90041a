import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRxCollection } from 'rxdb/plugins/react';
import type { MangoQuery, RxCollection } from 'rxdb';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { Site } from '@shared/schema/site.schema';
import type { Person } from '@shared/schema/user.schema';
import { useSession } from '../../host/api-context';
import { scopeFor, useWorkOrderFilters, type Scope } from '../../stores/work-order-filters';
import { selectWorkOrders, type DueKey, type Names, type Selection } from './select-work-orders';
import type { SlaClock } from '@shared/domain/sla';
import { dueSoonestKey, workOrderClocks } from '@shared/domain/work-order-clocks';
import { useNow } from '../../ui/use-now';
import { usePolicyFor } from '../sla/use-sla-policy';
import { sharedRows, type SharedRows } from './shared-rows';

// One snapshot object: useSyncExternalStore renders again whenever getSnapshot answers a new one.
const noRows: SharedRows<never> = { rows: [], loaded: false };
const nothing = { subscribe: () => () => undefined, getSnapshot: () => noRows };

function useShared<T>(name: string, key: string, query: MangoQuery<T>): SharedRows<T> {
  const collection = useRxCollection<T>(name) as RxCollection<T> | null;
  const store = useMemo(() => (collection ? sharedRows(collection, key, query) : nothing), [collection, key, query]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot) as SharedRows<T>;
}

const everyWorkOrder: MangoQuery<WorkOrder> = { selector: {} };
// The entries the clocks read: status changes, and the marks of those that never took effect.
const clockEntries: MangoQuery<WorkOrderNote> = { selector: { kind: { $in: ['status-change', 'overridden-edit'] } } };
const allSites: MangoQuery<Site> = { selector: {}, sort: [{ name: 'asc' }] };
const everyone: MangoQuery<Person> = { selector: {} };

/** Every work order on this device, live (see ./shared-rows.ts). */
export const useAllWorkOrders = () => useShared('work_orders', 'all', everyWorkOrder);

/** The timeline entries of every work order here that the service-level clocks read, live. */
export const useClockEntries = () => useShared('work_order_notes', 'clock-entries', clockEntries);

// Derived lookups, made once per answer of their query (the arrays stay the same until it changes).
const siteLookups = new WeakMap<readonly Site[], Map<string, Site>>();
const peopleLookups = new WeakMap<readonly Person[], Map<string, Person>>();
const nameLookups = new WeakMap<Map<string, Site>, WeakMap<Map<string, Person>, Names>>();
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

/** Every person this device holds (staff and county employees), by id. */
export function usePeople(): Map<string, Person> {
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

/**
 * The service-level clocks of every work order on this device, by id, renewed each minute and at
 * every status change; null until the county's policy has synced (a clock of null: its timeline
 * cannot be read).
 */
export function useListClocks(): { clocks: ReadonlyMap<string, SlaClock | null> | null; now: Date } {
  const policyFor = usePolicyFor();
  const { rows: workOrders } = useAllWorkOrders();
  const { rows: entries } = useClockEntries();
  const tick = useNow(60_000);
  return clocksOf(workOrders, entries, policyFor, tick);
}

type ListClocks = { clocks: ReadonlyMap<string, SlaClock | null> | null; now: Date };
/** The last clocks computed, kept within their minute: coming back to the list computes none again. */
let lastClocks: { workOrders: readonly WorkOrder[]; entries: readonly WorkOrderNote[]; policyFor: unknown; minute: number; result: ListClocks } | null = null;
function clocksOf(workOrders: readonly WorkOrder[], entries: readonly WorkOrderNote[], policyFor: ReturnType<typeof usePolicyFor>, tick: Date): ListClocks {
  const now = new Date(Math.max(tick.getTime(), Date.now()));
  const minute = Math.floor(now.getTime() / 60_000);
  const held = lastClocks;
  if (held && held.workOrders === workOrders && held.entries === entries && held.policyFor === policyFor && held.minute === minute) return held.result;
  const result = { clocks: policyFor ? workOrderClocks(workOrders, entries, policyFor, now) : null, now };
  lastClocks = { workOrders, entries, policyFor, minute, result };
  return result;
}

/** The last selection made, kept across visits: coming back to an unchanged list sorts nothing again. */
let last: { all: readonly WorkOrder[]; key: string; names: Names; due: DueKey | undefined; result: ReturnType<typeof selectWorkOrders> } | null = null;
function select(all: readonly WorkOrder[], selection: Selection, me: string, names: Names, myLevel: number | undefined, due: DueKey | undefined) {
  const key = JSON.stringify([selection, me, myLevel]);
  if (last?.all !== all || last.key !== key || last.names !== names || last.due !== due) {
    last = { all, key, names, due, result: selectWorkOrders(all, selection, me, names, myLevel, due) };
  }
  return last.result;
}

const dueKeys = new WeakMap<ReadonlyMap<string, SlaClock | null>, DueKey>();

/**
 * The work orders the current filters select, in the list's order, live: local writes and
 * pulled changes show at once. `counts`: how many each scope shows under the other filters;
 * `clocks` the service-level clocks by work order (null before the county's policy has synced).
 * `openOnly` keeps the list's other filters but takes every open status (the open-work-orders report).
 */
export function useWorkOrders(options: { openOnly?: boolean } = {}): {
  workOrders: WorkOrder[];
  counts: Record<Scope, number>;
  scope: Scope;
  loading: boolean;
  clocks: ReadonlyMap<string, SlaClock | null> | null;
  now: Date;
} {
  const session = useSession();
  // Only the fields that choose rows: focusing a row (activeId) re-renders nothing here.
  const { scope: chosen, scopeChosenBy, status, priority, siteId, text, sort, direction } = useWorkOrderFilters(
    useShallow(({ scope, scopeChosenBy, status, priority, siteId, text, sort, direction }) => ({ scope, scopeChosenBy, status, priority, siteId, text, sort, direction })),
  );
  const scope = scopeFor({ scope: chosen, scopeChosenBy }, session.user);
  const { rows, loaded } = useAllWorkOrders();
  const names = useNames();
  const people = usePeople();
  const { clocks, now } = useListClocks();
  const due = clocks ? cached(dueKeys, clocks, () => (wo: WorkOrder) => dueSoonestKey(clocks.get(wo.id))) : undefined;
  const myLevel = session.user.role === 'technician' ? (people.get(session.user.id)?.level ?? 1) : undefined;
  const selection: Selection = { scope, status: options.openOnly ? 'open' : status, priority, siteId, text, sort, direction };
  const { rows: workOrders, counts } = select(rows, selection, session.user.id, names, myLevel, due);
  return { workOrders, counts, scope, loading: !loaded, clocks, now };
}
