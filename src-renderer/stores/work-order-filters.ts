import { create } from 'zustand';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';

/** `team`: a supervisor's team queue, everyone's work grouped by who holds it (unassigned first). */
export type Scope = 'team' | 'mine' | 'unassigned' | 'everyone';
export type StatusFilter = 'open' | 'all' | WorkOrderStatus;
/** A column of the list to sort by; `due` is due soonest by the service-level clocks (paused after running). */
export type SortKey = 'number' | 'title' | 'site' | 'assignee' | 'status' | 'priority' | 'updated' | 'due';
export type SortDirection = 'asc' | 'desc';

type Filters = {
  scope: Scope;
  /** Who chose `scope`: for anyone else (a colleague signing in on this laptop) the list opens on their role's default. */
  scopeChosenBy: string | null;
  status: StatusFilter;
  priority: number | null;
  siteId: string | null;
  /** Words the title, number, site or requester must contain. */
  text: string;
  sort: SortKey;
  direction: SortDirection;
  /** Where the list was scrolled to and which row had the focus, so coming back finds them. */
  scrollOffset: number;
  activeId: string | null;
  set(changes: Partial<Omit<Filters, 'set' | 'sortBy'>>): void;
  /** Sorts by `key`; the same key again flips the direction. */
  sortBy(key: SortKey): void;
};

/** The direction a column sorts in first: the newest first for times and numbers, A to Z otherwise. */
export const firstDirection = (key: SortKey): SortDirection => (key === 'updated' || key === 'number' ? 'desc' : 'asc');

/** Where the list opens: a supervisor's team queue, a technician's own work. */
export const defaultScope = (role: string): Scope => (role === 'technician' ? 'mine' : 'team');

/** The scope the list shows `user`: the one they chose, or their role's default. */
export const scopeFor = (filters: Pick<Filters, 'scope' | 'scopeChosenBy'>, user: { id: string; role: string }): Scope =>
  filters.scopeChosenBy === user.id ? filters.scope : defaultScope(user.role);

/** What the technician chose to see in the work-order list (UI state; the data is in RxDB). */
export const useWorkOrderFilters = create<Filters>((set) => ({
  scope: 'mine',
  scopeChosenBy: null,
  status: 'open',
  priority: null,
  siteId: null,
  text: '',
  sort: 'priority',
  direction: 'asc',
  scrollOffset: 0,
  activeId: null,
  // A new filter or sort starts at the top of the list.
  set: (changes) => set({ scrollOffset: 0, ...changes }),
  sortBy: (key) =>
    set((s) => ({ sort: key, direction: s.sort === key ? (s.direction === 'asc' ? 'desc' : 'asc') : firstDirection(key), scrollOffset: 0 })),
}));
