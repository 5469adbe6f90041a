import { supervises } from '@shared/domain/access';
import { missingForStatus, statusNeeds, stepsFor, type StatusNeed } from '@shared/domain/work-order-lifecycle';
import { statusLabels, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { assigneeAfterStep, mayTake } from '@shared/domain/take-work';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { SessionUser } from '@shared/sync/protocol';

type Held = Pick<WorkOrder, 'status' | 'createdBy' | 'assigneeId' | 'resolutionCode' | 'resolutionSummary' | 'supportLevel'>;
/** The signed-in user, with their support level (from their users document; 1 until it has synced). */
export type Me = Pick<SessionUser, 'id' | 'role'> & { level: number };

/**
 * The statuses this user may move the work order to in one step: the shared lifecycle's rule for
 * their role (../../../src-shared/domain/work-order-lifecycle.ts), the one the server enforces.
 */
export function offeredSteps(wo: Pick<Held, 'status' | 'createdBy'>, me: Pick<Me, 'id' | 'role'>): WorkOrderStatus[] {
  return stepsFor(wo.status, { supervisor: supervises(me.role), creator: wo.createdBy === me.id });
}

/** What the person fills in on the status form besides the status. */
export type StepInput = { to: WorkOrderStatus; resolutionCode: string; resolutionSummary: string };

/**
 * The form asks for the resolution (its code and summary) when the step is to resolved, or to a
 * status that needs one the work order lacks.
 */
export const asksForResolution = (wo: Held, to: WorkOrderStatus) =>
  to === 'resolved' || (statusNeeds(to).includes('resolutionSummary') && (!wo.resolutionSummary.trim() || !wo.resolutionCode));

/**
 * Whether the step makes this technician the work order's assignee: they start unassigned work
 * (the shared rule, ../../../src-shared/domain/take-work.ts) of a level they may take.
 */
export const takesIt = (wo: Held, me: Me, to: WorkOrderStatus) =>
  !wo.assigneeId && assigneeAfterStep(wo, to, { id: me.id, supervisor: supervises(me.role) }) === me.id && mayTake(wo, me);

/** What the work order would still lack after this step, or null when it has everything its new status needs. */
export function stepLacks(wo: Held, me: Me, input: StepInput): StatusNeed | null {
  return missingForStatus({
    status: input.to,
    assigneeId: takesIt(wo, me, input.to) ? me.id : wo.assigneeId,
    resolutionCode: asksForResolution(wo, input.to) ? input.resolutionCode : wo.resolutionCode,
    resolutionSummary: asksForResolution(wo, input.to) ? input.resolutionSummary : wo.resolutionSummary,
  });
}

/** Why the step cannot be saved yet, in words that say what to do. */
export function lackWords(need: StatusNeed, to: WorkOrderStatus, wo: Pick<Held, 'supportLevel'>, me: Pick<Me, 'role'>): string {
  const status = statusLabels[to].toLowerCase();
  if (need === 'resolutionCode') return `A work order that is ${status} needs a resolution code: choose how it was resolved.`;
  if (need === 'resolutionSummary') return `A work order that is ${status} needs a resolution summary: describe what was done.`;
  if (supervises(me.role)) return `A work order that is ${status} needs someone to do it: choose a technician under “Assign to” first.`;
  return `This work order waits for a level ${wo.supportLevel} technician: ask a supervisor to assign it.`;
}
