import { statusNeeds } from './work-order-lifecycle';
import { isTerminal, type WorkOrderStatus } from './work-order-status';

type Unheld = { status: WorkOrderStatus; assigneeId: string; supportLevel: number };

/**
 * Whether a technician may take this work for themselves: it is still open, nobody holds it, and
 * its support level is theirs or below (escalated level-2 work is not for a level-1 technician,
 * while a level-3 technician may pick up level-1 work). Supervisors assign whatever they like.
 */
export function mayTake(work: Unheld, technician: { level: number }): boolean {
  return !isTerminal(work.status) && work.assigneeId === '' && work.supportLevel <= technician.level;
}

/**
 * Who holds the work order after the step to `to`: a technician who starts unassigned work (any
 * status that needs an assignee) becomes its assignee in the same change, so it never sits in
 * progress with nobody on it. A supervisor's step leaves the assignee as it is (they pick one).
 */
export function assigneeAfterStep(work: { assigneeId: string }, to: WorkOrderStatus, writer: { id: string; supervisor: boolean }): string {
  if (work.assigneeId !== '' || writer.supervisor || !statusNeeds(to).includes('assigneeId')) return work.assigneeId;
  return writer.id;
}
