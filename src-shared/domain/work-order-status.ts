/**
 * Work-order lifecycle.
 *
 *   new ──> assigned ──> in-progress <──> on-hold
 *    │         │            │               │
 *    │         │            └──> resolved <─┘ ──> closed
 *    │         │                    │
 *    │         │                    └──> in-progress (reopened: the fix did not hold)
 *    └─────────┴──> cancelled (from any open state)
 *
 * closed and cancelled are terminal.
 */
export const workOrderStatuses = [
  'new', 'assigned', 'in-progress', 'on-hold', 'resolved', 'closed', 'cancelled',
] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

/** Why work is paused; the SLA clock logic later keys off these. */
export const holdReasons = ['waiting-for-parts', 'waiting-for-client', 'waiting-for-vendor', 'scheduled'] as const;
export type HoldReason = (typeof holdReasons)[number];

const transitions: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  new: ['assigned', 'in-progress', 'cancelled'],
  assigned: ['in-progress', 'on-hold', 'cancelled'],
  'in-progress': ['on-hold', 'resolved', 'cancelled'],
  'on-hold': ['in-progress', 'resolved', 'cancelled'],
  resolved: ['closed', 'in-progress'],
  closed: [],
  cancelled: [],
};

/** Statuses a work order may move to from `from`. */
export function nextStatuses(from: WorkOrderStatus): readonly WorkOrderStatus[] {
  return transitions[from];
}

/** Whether `from -> to` is a legal lifecycle step. */
export function canTransition(from: WorkOrderStatus, to: WorkOrderStatus): boolean {
  return transitions[from].includes(to);
}

/** Terminal statuses: no edit may move a work order out of them. */
export function isTerminal(status: WorkOrderStatus): boolean {
  return status === 'closed' || status === 'cancelled';
}

/** Open work still counts against the technician's queue and the SLA. */
export function isOpen(status: WorkOrderStatus): boolean {
  return !isTerminal(status) && status !== 'resolved';
}

export const statusLabels: Record<WorkOrderStatus, string> = {
  new: 'New',
  assigned: 'Assigned',
  'in-progress': 'In progress',
  'on-hold': 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

export const holdReasonLabels: Record<HoldReason, string> = {
  'waiting-for-parts': 'Waiting for parts',
  'waiting-for-client': 'Waiting for client',
  'waiting-for-vendor': 'Waiting for vendor',
  scheduled: 'Scheduled visit',
};
