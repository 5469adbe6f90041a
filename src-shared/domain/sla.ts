import { formatInstant } from './iso-instant';
import { checkHistory, checkInstant, checkPolicy, checkPriority, SlaInputError, type CheckedPolicy, type Step } from './sla-input';
import type { SlaPolicy } from './sla-policy';
import type { WorkingTime } from './sla-working-time';
import type { HoldReason, WorkOrderStatus } from './work-order-status';

export { SlaInputError } from './sla-input';

/** A status change as the device stamped it (SLA.md section 1); extra fields are ignored. */
export type SlaEvent = { status: WorkOrderStatus; holdReason?: HoldReason; at: string };

/**
 * What the clock is computed from (SLA.md section 1). `policy` is the stored `SlaPolicy` of
 * reference data, which every policy of SLA.md's shape is (its calendar type is the union's
 * fields made optional; the clock checks them at run time).
 */
export type SlaInput = {
  priority: 1 | 2 | 3 | 4 | 5;
  createdAt: string;
  history: readonly SlaEvent[];
  policy: SlaPolicy;
  now: string;
};

/** One clock (SLA.md section 2): minutes are working minutes, instants ISO 8601 UTC with milliseconds. */
export type Clock = {
  state: 'running' | 'paused' | 'met' | 'stopped';
  targetMinutes: number;
  /** Counted so far, not rounded. */
  elapsedMinutes: number;
  /** targetMinutes - elapsedMinutes: negative when late. */
  remainingMinutes: number;
  /** When the target is reached if the clock keeps counting; only while running (in the past once breached). */
  dueAt: string | null;
  /** Only when met. */
  metAt: string | null;
  level: 'ok' | 'warning' | 'breached';
};

/** The response and resolution clocks of a work order. */
export type SlaClock = { response: Clock; resolution: Clock };

/** How far ahead a due time is looked for; beyond it (a calendar open minutes a week) dueAt is null. */
const dueHorizonMs = 100 * 365.25 * 86_400_000;

const minuteMs = 60_000;
const answered: ReadonlySet<WorkOrderStatus> = new Set(['in-progress', 'on-hold', 'resolved', 'closed', 'cancelled']);
const done: ReadonlySet<WorkOrderStatus> = new Set(['resolved', 'closed']);

function clock(state: Clock['state'], targetMinutes: number, elapsedMs: number, warnAt: number, dueAt: number | null, metAt: number | null): Clock {
  const elapsedMinutes = elapsedMs / minuteMs;
  const counting = state === 'running' || state === 'paused';
  const level = elapsedMinutes > targetMinutes ? 'breached' : counting && elapsedMinutes >= warnAt * targetMinutes ? 'warning' : 'ok';
  return {
    state, targetMinutes, elapsedMinutes, remainingMinutes: targetMinutes - elapsedMinutes,
    dueAt: dueAt === null ? null : formatInstant(dueAt), metAt: metAt === null ? null : formatInstant(metAt), level,
  };
}

/** Section 5: counts all working time from createdAt; the first answering event (or a cancellation) ends it. */
function responseClock(policy: CheckedPolicy, target: number, createdAt: number, steps: readonly Step[], now: number): Clock {
  const { working, warnAt } = policy;
  const from = working.upTo(createdAt);
  const decider = steps.find((step) => answered.has(step.status));
  if (decider) {
    const elapsed = working.upTo(decider.at) - from;
    return decider.status === 'cancelled' ? clock('stopped', target, elapsed, warnAt, null, null) : clock('met', target, elapsed, warnAt, null, decider.at);
  }
  return clock('running', target, working.upTo(now) - from, warnAt, working.reachedAt(from + target * minuteMs, now + dueHorizonMs), null);
}

/**
 * Section 6 and 7's dueAt: the counted time of each stretch of the timeline, by the status it
 * has; when the target falls inside the past, the instant it did, else the working time after
 * `now` that makes up the rest.
 */
function resolutionClock(policy: CheckedPolicy, target: number, createdAt: number, steps: readonly Step[], now: number): Clock {
  const { working, warnAt, pauseOn } = policy;
  const counts = (status: WorkOrderStatus, reason: HoldReason | undefined) =>
    status === 'new' || status === 'assigned' || status === 'in-progress' || (status === 'on-hold' && (reason === undefined || !pauseOn.has(reason)));
  // Stretch i runs from bounds[i] to bounds[i + 1] with status[i]; the first is `new` from createdAt.
  const bounds = [createdAt, ...steps.map((step) => step.at), now];
  const totals = bounds.map((at) => working.upTo(at));
  const status: WorkOrderStatus[] = ['new', ...steps.map((step) => step.status)];
  const reason: (HoldReason | undefined)[] = [undefined, ...steps.map((step) => step.holdReason)];
  let elapsed = 0;
  for (let i = 0; i < status.length; i++) {
    if (counts(status[i] as WorkOrderStatus, reason[i])) elapsed += (totals[i + 1] as number) - (totals[i] as number);
  }
  const last = status.length - 1;
  const current = status[last] as WorkOrderStatus;
  if (done.has(current)) {
    let run = last;
    while (run > 0 && done.has(status[run - 1] as WorkOrderStatus)) run--;
    return clock('met', target, elapsed, warnAt, null, bounds[run] as number);
  }
  if (current === 'cancelled') return clock('stopped', target, elapsed, warnAt, null, null);
  if (!counts(current, reason[last])) return clock('paused', target, elapsed, warnAt, null, null);
  return clock('running', target, elapsed, warnAt, dueAt(working, target * minuteMs, elapsed, status.map((s, i) => counts(s, reason[i])), totals, now), null);
}

function dueAt(working: WorkingTime, targetMs: number, elapsed: number, counting: readonly boolean[], totals: readonly number[], now: number): number | null {
  if (elapsed < targetMs) return working.reachedAt((totals[totals.length - 1] as number) + targetMs - elapsed, now + dueHorizonMs);
  let sum = 0;
  for (let i = 0; i < counting.length; i++) {
    if (!counting[i]) continue;
    const stretch = (totals[i + 1] as number) - (totals[i] as number);
    if (sum + stretch >= targetMs) return working.reachedAt((totals[i] as number) + targetMs - sum, now + dueHorizonMs);
    sum += stretch;
  }
  return now; // not reached: float rounding between the two sums; the target was met by now
}

/**
 * The SLA clocks of a work order: ../../../shared/sla/SLA.md, the contract every device, the
 * server and reports share. Pure: `now` and the policy come in, nothing is read from globals.
 *
 *   clock       counts (working time only)                     ends
 *   response    every instant from createdAt                   met at the first in-progress, on-hold,
 *                                                              resolved or closed; stopped if a
 *                                                              cancellation comes first
 *   resolution  new, assigned, in-progress, on-hold without    met while resolved/closed (metAt: start
 *               a pausing reason; resolved, closed, cancelled  of the last such run); stopped while
 *               and pausing holds do not count                 cancelled; paused while on a pausing hold
 *
 *   level: breached when elapsed > target; else warning when running or paused and elapsed >=
 *   warnAt x target; else ok. dueAt: running clocks only, the earliest instant the target is
 *   reached with every working instant after now counted.
 *
 * Working time between two instants is a difference of running totals (sla-working-time.ts),
 * so a clock costs a few constant-time look-ups per status change. Throws `SlaInputError`, its
 * message naming the field, on input section 8 refuses. A policy object is checked once and
 * remembered: pass policies as the immutable reference versions they are.
 */
export function slaClock(input: SlaInput): SlaClock {
  if (typeof input !== 'object' || input === null) throw new SlaInputError('input', 'must be an object');
  const priority = checkPriority(input.priority);
  const createdAt = checkInstant(input.createdAt, 'createdAt');
  const now = checkInstant(input.now, 'now');
  if (now < createdAt) throw new SlaInputError('now', `${input.now} is before createdAt ${input.createdAt}`);
  const steps = checkHistory(input.history, createdAt, now);
  const policy = checkPolicy(input.policy);
  const target = policy.targets[priority];
  return {
    response: responseClock(policy, target.responseMinutes, createdAt, steps, now),
    resolution: resolutionClock(policy, target.resolutionMinutes, createdAt, steps, now),
  };
}
