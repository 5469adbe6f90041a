import { v7 as uuidv7 } from 'uuid';
import type { UserProfile } from '@shared/schema/user.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { WorkOrderStatus } from '@shared/domain/work-order-status';
import { legacyStatusText } from '@shared/schema/legacy-status-text';
import type { Random } from './random';

/** How each demo work order got to its status, one lifecycle step at a time. */
const paths: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  new: ['new'],
  assigned: ['new', 'assigned'],
  'in-progress': ['new', 'assigned', 'in-progress'],
  'on-hold': ['new', 'assigned', 'in-progress', 'on-hold'],
  resolved: ['new', 'assigned', 'in-progress', 'resolved'],
  closed: ['new', 'assigned', 'in-progress', 'resolved', 'closed'],
  cancelled: ['new', 'assigned', 'cancelled'],
};

/** Supervisors assign, close and cancel; the technician does the rest. */
const bySupervisor = (to: WorkOrderStatus) => to === 'assigned' || to === 'closed' || to === 'cancelled';

/**
 * The status-change entries of a demo work order, at increasing times between its creation and
 * `now`, each made on the version the previous one left (as a device in sync would), and the time
 * and author of the last one: the work order's `updatedAt` and `updatedBy`.
 */
export function demoStatusHistory(
  random: Random,
  wo: WorkOrder,
  people: { technician: UserProfile; supervisor: UserProfile },
  now: Date,
): { entries: WorkOrderNote[]; last?: { at: string; by: string } } {
  const path = paths[wo.status];
  const entries: WorkOrderNote[] = [];
  let previous = new Date(wo.createdAt).getTime();
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1] as WorkOrderStatus;
    const to = path[i] as WorkOrderStatus;
    const minutesLeft = Math.floor((now.getTime() - previous) / 60_000);
    const at = new Date(previous + random.int(1, Math.max(1, Math.floor(minutesLeft / (path.length - i + 1)))) * 60_000).toISOString();
    const author = bySupervisor(to) ? people.supervisor : people.technician;
    const step = { from, to, ...(to === 'on-hold' && wo.holdReason ? { holdReason: wo.holdReason } : {}) };
    entries.push({
      id: uuidv7({ msecs: new Date(at).getTime() }), workOrderId: wo.id, authorId: author.id, authorName: author.name, kind: 'status-change',
      text: legacyStatusText(step), statusChange: { ...step, at, madeOn: new Date(previous).toISOString() }, createdAt: at, updatedAt: at,
    });
    previous = new Date(at).getTime();
  }
  const last = entries.at(-1);
  return { entries, ...(last ? { last: { at: last.createdAt, by: last.authorId } } : {}) };
}
