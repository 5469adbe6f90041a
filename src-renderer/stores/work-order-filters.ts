import { create } from 'zustand';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';

export type Scope = 'mine' | 'unassigned' | 'everyone';
export type StatusFilter = 'open' | 'all' | WorkOrderStatus;
export type SortKey = 'priority' | 'due' | 'updated' | 'number';

type Filters = {
  scope: Scope;
  status: StatusFilter;
  priority: number | null;
  siteId: string | null;
  sort: SortKey;
  set(changes: Partial<Omit<Filters, 'set'>>): void;
};

/** What the technician chose to see in the work-order list (UI state; the data is in RxDB). */
export const useWorkOrderFilters = create<Filters>((set) => ({
  scope: 'mine',
  status: 'open',
  priority: null,
  siteId: null,
  sort: 'priority',
  set: (changes) => set(changes),
}));
