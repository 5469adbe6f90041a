import type { WorkOrderStatus } from './work-order-status';

const finished: readonly WorkOrderStatus[] = ['closed', 'cancelled'];

type QueuedWork = { status: WorkOrderStatus; assigneeId: string; supportLevel: number };
type QueueOwner = { id: string; role: string; level: number };

/**
 * Whether a work order is in someone's queues: still open and assigned to them, or, for a
 * technician, open, unassigned and at their support level (work they may take). A device downloads
 * the photos and signatures of the work in its user's queues ahead of time; the rest on opening.
 */
export function inQueueOf(work: QueuedWork, user: QueueOwner): boolean {
  if (finished.includes(work.status)) return false;
  if (work.assigneeId === user.id) return true;
  return user.role === 'technician' && work.assigneeId === '' && work.supportLevel === user.level;
}
