import type { WorkOrderNote } from '../schema/work-order-note.schema';
import type { HoldReason, WorkOrderStatus } from './work-order-status';

/** One status change that took effect, as the SLA clock reads it. */
export type StatusStep = {
  from: WorkOrderStatus;
  to: WorkOrderStatus;
  holdReason?: HoldReason;
  /** Device time of the change. */
  at: string;
  /** Who made it. */
  by: string;
  /** The timeline entry that recorded it. */
  entryId: string;
};

export type Change = WorkOrderNote & { statusChange: NonNullable<WorkOrderNote['statusChange']> };
type Mark = WorkOrderNote & { lostStatus: NonNullable<WorkOrderNote['lostStatus']> };

const isChange = (n: WorkOrderNote): n is Change => n.kind === 'status-change' && n.statusChange !== undefined;
const isMark = (n: WorkOrderNote): n is Mark => n.kind === 'overridden-edit' && n.lostStatus !== undefined;
// Code-unit order, not localeCompare: ISO instants and ids sort the same, and a list computing
// 10,000 work orders' clocks spent most of its time in the collator.
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTime = (a: Change, b: Change) => codeUnits(a.statusChange.at, b.statusChange.at) || codeUnits(a.id, b.id);

/**
 * The status history of work orders from their timeline entries: the `status-change` entries in
 * device-time order (ties by entry id), without those that never took effect.
 *
 * A device pushes only the latest state of a work order, so the status changes it made on one
 * server copy travel as one version and take effect, or not, together. A change that did not is
 * marked by an `overridden-edit` entry carrying `lostStatus: { to, version }`: the status that
 * version set and its `updatedAt`. The device whose version was refused or lost a merge writes it,
 * and so does the device whose later edit replaced an earlier version's status (or hold reason).
 *
 *   mark M on work order W                 -> the change that set M.to: the latest `status-change`
 *                                             entry on W with to = M.to and at <= M.version
 *   that change E, made on server copy B   -> hidden, with every change by E's author on W made on
 *                                             the same B (statusChange.madeOn) with at <= M.version:
 *                                             the steps squashed into the same version
 *   E without madeOn (migrated free text)  -> E alone is hidden
 *   no change matches M (not synced yet)   -> nothing is hidden
 *
 * `at <= M.version` keeps changes made after a refusal out: the device went back to the same
 * server copy B, and its next changes are new ones. Entries of other work orders are kept apart,
 * so a whole collection's timeline can be passed in.
 */
export function statusHistory(timeline: readonly WorkOrderNote[]): StatusStep[] {
  return changesInEffect(timeline).map(({ id, authorId, statusChange: { from, to, holdReason, at } }) => ({ from, to, ...(holdReason ? { holdReason } : {}), at, by: authorId, entryId: id }));
}

/** The `status-change` entries of `statusHistory`, as entries: one pass, and none of the mark work when nothing is marked. */
export function changesInEffect(timeline: readonly WorkOrderNote[]): Change[] {
  const changes: Change[] = [];
  let marks: Mark[] | null = null;
  for (const note of timeline) {
    if (isChange(note)) changes.push(note);
    else if (isMark(note)) (marks ??= []).push(note);
  }
  if (!marks) return changes.sort(byTime);
  const hidden = new Set<string>();
  for (const mark of marks) {
    const { to, version } = mark.lostStatus;
    const onWorkOrder = changes.filter((c) => c.workOrderId === mark.workOrderId && c.statusChange.at <= version);
    const setter = onWorkOrder.filter((c) => c.statusChange.to === to).sort(byTime).at(-1);
    if (!setter) continue;
    const base = setter.statusChange.madeOn;
    for (const c of onWorkOrder) {
      if (c === setter || (base !== undefined && c.authorId === setter.authorId && c.statusChange.madeOn === base)) hidden.add(c.id);
    }
  }
  return changes.filter((c) => !hidden.has(c.id)).sort(byTime);
}
