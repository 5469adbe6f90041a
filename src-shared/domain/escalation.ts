import { isOpen, type WorkOrderStatus } from './work-order-status';

/**
 * Escalation (DECISIONS #11): a work order referred to a higher support level returns to that
 * level's queue. It is a change of its own, never part of a squashed path of status steps:
 *
 *   before (open, level n)            after
 *   any status but resolved/closed -> status new, assignee cleared, no hold reason, level m > n
 *
 * Its writer is the stored assignee, or a supervisor. The referral timeline entry (kind
 * `referral`) records the reason, what was tried and the level. It is the one way a technician
 * gives work up: they never clear an assignee otherwise (./access.ts).
 */

/** The support levels a county technician has; 1 is the first line. */
export const supportLevels = [1, 2, 3] as const;
export type SupportLevel = (typeof supportLevels)[number];

type Held = { status: WorkOrderStatus; supportLevel: number; assigneeId: string; holdReason?: string };

/** The levels a work order at `level` may be referred to: the ones above it. */
export const referralLevels = (level: number): SupportLevel[] => supportLevels.filter((l) => l > level);

/** Whether a stored work order's change raises its support level: such a change is an escalation, and must be one. */
export const raisesLevel = (before: Held, after: Held) => after.supportLevel > before.supportLevel;

/** Why `writer` may not escalate `before` as `after`, as the field at fault and why, or null when they may. */
export function refusedEscalation(before: Held, after: Held, writer: { id: string; supervisor: boolean }): { field: string; message: string } | null {
  if (!writer.supervisor && before.assigneeId !== writer.id) return { field: 'supportLevel', message: 'only its assignee or a supervisor may escalate a work order' };
  if (!isOpen(before.status)) return { field: 'status', message: `a ${before.status} work order is not escalated` };
  if (!raisesLevel(before, after)) return { field: 'supportLevel', message: 'an escalation raises the support level' };
  if (after.status !== 'new') return { field: 'status', message: 'an escalated work order goes back to new, in a change of its own' };
  if (after.assigneeId !== '') return { field: 'assigneeId', message: "an escalated work order waits unassigned in its level's queue" };
  if (after.holdReason !== undefined) return { field: 'holdReason', message: 'an escalated work order is not on hold' };
  return null;
}

/** The work order referred to `level`: back to new, in that level's queue, nobody on it. */
export function escalated<T extends Held>(work: T, level: SupportLevel): T {
  const { holdReason: _hold, ...rest } = work;
  return { ...rest, status: 'new', assigneeId: '', supportLevel: level } as T;
}
