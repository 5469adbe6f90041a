import { isOpen, type WorkOrderStatus } from './work-order-status';

/**
 * How long an open work order's client may go without an update before the list flags it, when
 * the county's `work-order-settings` (reference data) have not reached the device yet: the
 * shipped default (resources/reference/work-order-settings.json says the same).
 */
export const clientUpdateEveryHours = 24;

const hourMs = 3_600_000;

/**
 * Whether the client of this work order is due an update at `now`: it is still open (not resolved
 * or finished) and neither its creation (the request was taken) nor the last client update
 * (`clientUpdatedAt`) is within `everyHours`. On hold counts: a client waiting for parts wants to
 * hear too.
 */
export function clientUpdateDue(
  work: { status: WorkOrderStatus; createdAt: string; clientUpdatedAt?: string },
  now: Date,
  everyHours = clientUpdateEveryHours,
): boolean {
  if (!isOpen(work.status)) return false;
  const last = Date.parse(work.clientUpdatedAt ?? work.createdAt);
  return now.getTime() - last > everyHours * hourMs;
}
