import { isTerminal, nextStatuses, type WorkOrderStatus } from './work-order-status';

/**
 * Who may move a work order along its lifecycle, and what each status needs. The server checks
 * every pushed status against the stored one with these, and a device pushes only its latest
 * state: steps taken offline arrive squashed (assigned -> in-progress -> resolved arrives as
 * assigned -> resolved), so a status is accepted when some path of steps the writer may take
 * leads to it from the stored one.
 *
 *   step                       technician                      supervisor / admin
 *   resolved -> closed         no                              yes
 *   any open -> cancelled      only new, a work order of       yes
 *                              their own (a duplicate, say)
 *   every other step           yes                             yes
 *   out of closed / cancelled  never                           never
 */

/** The writer as the lifecycle sees them: a supervisor (or admin), and whether they created it. */
export type StepWriter = { supervisor: boolean; creator: boolean };

/** A field a status cannot do without. */
export type StatusNeed = 'assigneeId' | 'resolutionCode' | 'resolutionSummary';

/** Whether `writer` may take the single step `from -> to` (a step of the state machine). */
export function mayStep(from: WorkOrderStatus, to: WorkOrderStatus, writer: StepWriter): boolean {
  if (!nextStatuses(from).includes(to)) return false;
  if (writer.supervisor) return true;
  if (to === 'closed') return false;
  if (to === 'cancelled') return from === 'new' && writer.creator;
  return true;
}

/**
 * The single steps `writer` may take from `from`, in the state machine's order: what a status form
 * offers, so the app never offers a step the server refuses (a path of such steps is always accepted).
 */
export function stepsFor(from: WorkOrderStatus, writer: StepWriter): WorkOrderStatus[] {
  return nextStatuses(from).filter((to) => mayStep(from, to, writer));
}

/** Whether `writer` can reach `to` from `from` by steps they may take (no step when equal). */
export function canReach(from: WorkOrderStatus, to: WorkOrderStatus, writer: StepWriter): boolean {
  if (from === to) return true;
  const seen = new Set<WorkOrderStatus>([from]);
  const queue: WorkOrderStatus[] = [from];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const next of nextStatuses(status)) {
      if (seen.has(next) || !mayStep(status, next, writer)) continue;
      if (next === to) return true;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

/**
 * Why `writer` may not move a work order from `from` (null: a new document) to `to`, or null when
 * they may. A new document starts from `new`.
 */
export function refusedMove(from: WorkOrderStatus | null, to: WorkOrderStatus, writer: StepWriter): string | null {
  if (from !== null && isTerminal(from) && to !== from) return `a ${from} work order is never reopened`;
  if (canReach(from ?? 'new', to, writer)) return null;
  if (to === 'closed') return 'only a supervisor may close a work order';
  if (to === 'cancelled') return 'only a supervisor may cancel a work order, or its creator while it is still new';
  return `a work order cannot go from ${from ?? 'new'} to ${to}`;
}

/** What a work order in `status` must carry: someone to do it, and once done, how it was resolved (a code) and what was done. */
export function statusNeeds(status: WorkOrderStatus): readonly StatusNeed[] {
  if (status === 'new' || status === 'cancelled') return [];
  if (status === 'resolved' || status === 'closed') return ['assigneeId', 'resolutionCode', 'resolutionSummary'];
  return ['assigneeId'];
}

/** The first field `doc` lacks for its status, or null. */
export function missingForStatus(doc: { status: WorkOrderStatus; assigneeId?: string; resolutionCode?: string; resolutionSummary?: string }): StatusNeed | null {
  return statusNeeds(doc.status).find((field) => !doc[field]?.trim()) ?? null;
}
