import { isOpen, type WorkOrderStatus } from './work-order-status';

/**
 * How long an open work order's client may go without an update before the list flags it. The
 * county's figure; a fixed default until it becomes a county setting (see docs/ARCHITECTURE.md,
 * "Client updates and time entries").
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
