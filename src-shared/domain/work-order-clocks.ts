import type { WorkOrder } from '../schema/work-order.schema';
import type { WorkOrderNote } from '../schema/work-order-note.schema';
import { slaClock, type Clock, type SlaClock, type SlaEvent } from './sla';
import type { SlaPolicy } from './sla-policy';
import type { Priority } from './priority';
import { changesInEffect } from './status-history';

/** A work order's status timeline as the clock reads it: the changes that took effect, with their device times. */
export function slaEventsOf(timeline: readonly WorkOrderNote[]): SlaEvent[] {
  return changesInEffect(timeline).map(({ statusChange: { to, holdReason, at } }) => (holdReason ? { status: to, holdReason, at } : { status: to, at }));
}

/** The clocks of one work order, or null when its timeline cannot be read (a damaged entry): no clock rather than a wrong one. */
export function workOrderClock(wo: Pick<WorkOrder, 'priority' | 'createdAt'>, events: readonly SlaEvent[], policy: SlaPolicy, now: Date | string): SlaClock | null {
  try {
    return slaClock({ priority: wo.priority as Priority, createdAt: wo.createdAt, history: events, policy, now: typeof now === 'string' ? now : now.toISOString() });
  } catch {
    return null;
  }
}

/**
 * The clocks of many work orders from the timeline entries of all of them (any order, other kinds
 * of entry included), as a list or a report needs them: each work order's entries are read once.
 * `policyFor` gives each its policy (sla-policy-for.ts); without one it has no clock.
 */
export function workOrderClocks(
  workOrders: readonly WorkOrder[],
  notes: readonly WorkOrderNote[],
  policyFor: (wo: WorkOrder) => SlaPolicy | null,
  now: Date,
): Map<string, SlaClock | null> {
  const byWorkOrder = new Map<string, WorkOrderNote[]>();
  for (const note of notes) {
    if (note.kind !== 'status-change' && note.kind !== 'overridden-edit') continue;
    const list = byWorkOrder.get(note.workOrderId);
    if (list) list.push(note);
    else byWorkOrder.set(note.workOrderId, [note]);
  }
  const clocks = new Map<string, SlaClock | null>();
  // Once, not per work order: 10,000 toISOString calls cost more than a quarter of the clocks.
  const at = now.toISOString();
  const none: SlaEvent[] = [];
  for (const wo of workOrders) {
    const timeline = byWorkOrder.get(wo.id);
    const policy = policyFor(wo);
    clocks.set(wo.id, policy ? workOrderClock(wo, timeline ? slaEventsOf(timeline) : none, policy, at) : null);
  }
  return clocks;
}

/** The clock a work order waits on next: response until it is met, then resolution. */
export const nextClock = (clock: SlaClock): Clock => (clock.response.state === 'running' || clock.response.state === 'paused' ? clock.response : clock.resolution);

const stateRank: Record<Clock['state'], number> = { running: 0, paused: 1, met: 2, stopped: 3 };

/**
 * "Due soonest" as a number to sort by, smallest first: running clocks by the working minutes
 * left (the most overdue first), then paused ones (DECISIONS: after every running
 * one), then work whose clocks are done; no clock at all last.
 */
export function dueSoonestKey(clock: SlaClock | null | undefined): number {
  if (!clock) return Number.MAX_SAFE_INTEGER;
  const next = nextClock(clock);
  // Minutes left stay far below 1e9 (1,900 years), so the rank always decides first.
  return stateRank[next.state] * 1e12 + (next.state === 'running' || next.state === 'paused' ? next.remainingMinutes : 0);
}
