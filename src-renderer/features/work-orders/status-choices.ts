import { supervises } from '@shared/domain/access';
import { missingForStatus, statusNeeds, stepsFor, type StatusNeed } from '@shared/domain/work-order-lifecycle';
import { statusLabels, type WorkOrderStatus } from '@shared/domain/work-order-status';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { SessionUser } from '@shared/sync/protocol';

type Held = Pick<WorkOrder, 'status' | 'createdBy' | 'assigneeId' | 'resolutionSummary'>;
type Me = Pick<SessionUser, 'id' | 'role'>;

/**
 * The statuses this user may move the work order to in one step: the shared lifecycle's rule for
 * their role (../../../src-shared/domain/work-order-lifecycle.ts), the one the server enforces.
 */
export function offeredSteps(wo: Held, me: Me): WorkOrderStatus[] {
  return stepsFor(wo.status, { supervisor: supervises(me.role), creator: wo.createdBy === me.id });
}

/** What the person fills in on the status form besides the status. */
export type StepInput = { to: WorkOrderStatus; assignToMe: boolean; resolutionSummary: string };

/** The form asks for a resolution when the step is to resolved, or to a status that needs one the work order lacks. */
export const asksForResolution = (wo: Held, to: WorkOrderStatus) =>
  to === 'resolved' || (statusNeeds(to).includes('resolutionSummary') && !wo.resolutionSummary.trim());

/** The form offers "Assign it to me" when the step needs someone to do it and nobody is assigned. */
export const asksForAssignee = (wo: Held, to: WorkOrderStatus) => statusNeeds(to).includes('assigneeId') && !wo.assigneeId.trim();

/** What the work order would still lack after this step, or null when it has everything its new status needs. */
export function stepLacks(wo: Held, me: Me, input: StepInput): StatusNeed | null {
  return missingForStatus({
    status: input.to,
    assigneeId: asksForAssignee(wo, input.to) && input.assignToMe ? me.id : wo.assigneeId,
    resolutionSummary: asksForResolution(wo, input.to) ? input.resolutionSummary : wo.resolutionSummary,
  });
}

/** Why the step cannot be saved yet, in words that say what to do. */
export function lackWords(need: StatusNeed, to: WorkOrderStatus): string {
  const status = statusLabels[to].toLowerCase();
  if (need === 'assigneeId') return `A work order that is ${status} needs someone to do it: choose “Assign it to me”, or ask a supervisor to assign it.`;
  return `A work order that is ${status} needs a resolution summary: describe what was done.`;
}
