import { formatInstant } from './iso-instant';
import { checkHistory, checkInstant, checkPolicy, checkPriority, SlaInputError, type CheckedPolicy, type Step } from './sla-input';
import type { SlaPolicy } from './sla-policy';
import type { Priority } from './priority';
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
  priority: Priority;
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

/** The timeline as the clocks read it: the steps, and the working-time total at createdAt, at each step and at now. */
type Timeline = { steps: readonly Step[]; atCreated: number; atStep: readonly number[]; atNow: number; now: number };

/** Section 5: counts all working time from createdAt; the first answering event (or a cancellation) ends it. */
function responseClock({ working, warnAt }: CheckedPolicy, target: number, { steps, atCreated, atStep, atNow, now }: Timeline): Clock {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if (!answered.has(step.status)) continue;
    const elapsed = (atStep[i] as number) - atCreated;
    return step.status === 'cancelled' ? clock('stopped', target, elapsed, warnAt, null, null) : clock('met', target, elapsed, warnAt, null, step.at);
  }
  return clock('running', target, atNow - atCreated, warnAt, working.reachedAt(atCreated + target * minuteMs, now + dueHorizonMs), null);
}

/** Section 6: whether time in a status counts on the resolution clock. */
const counts = (pauseOn: ReadonlySet<HoldReason>, status: WorkOrderStatus, reason: HoldReason | undefined) =>
  status === 'new' || status === 'assigned' || status === 'in-progress' || (status === 'on-hold' && (reason === undefined || !pauseOn.has(reason)));

// The stretches of a timeline: stretch 0 is `new` from createdAt, stretch i + 1 starts at step i, the last ends at now.
const stretchCounts = (pauseOn: ReadonlySet<HoldReason>, { steps }: Timeline, i: number) => i === 0 || counts(pauseOn, (steps[i - 1] as Step).status, (steps[i - 1] as Step).holdReason);
const stretchStart = ({ atCreated, atStep }: Timeline, i: number) => (i === 0 ? atCreated : (atStep[i - 1] as number));
const stretchEnd = ({ steps, atNow, atStep }: Timeline, i: number) => (i === steps.length ? atNow : (atStep[i] as number));

/** Section 6, and 7's dueAt: the counted time of each stretch of the timeline, by the status it has. */
function resolutionClock({ working, warnAt, pauseOn }: CheckedPolicy, target: number, timeline: Timeline): Clock {
  const { steps, now } = timeline;
  const last = steps.length;
  const targetMs = target * minuteMs;
  // Counted time, and the working-time total at which it first reached the target (where a breached clock was due).
  let elapsed = 0;
  let reached = 0;
  for (let i = 0; i <= last; i++) {
    if (!stretchCounts(pauseOn, timeline, i)) continue;
    const from = stretchStart(timeline, i);
    const stretch = stretchEnd(timeline, i) - from;
    if (elapsed < targetMs && elapsed + stretch >= targetMs) reached = from + targetMs - elapsed;
    elapsed += stretch;
  }

  const status = last === 0 ? 'new' : (steps[last - 1] as Step).status;
  if (done.has(status)) {
    let run = last - 1; // the step that began the last unbroken run of resolved/closed, in sorted order
    while (run > 0 && done.has((steps[run - 1] as Step).status)) run--;
    return clock('met', target, elapsed, warnAt, null, (steps[run] as Step).at);
  }
  if (status === 'cancelled') return clock('stopped', target, elapsed, warnAt, null, null);
  if (!stretchCounts(pauseOn, timeline, last)) return clock('paused', target, elapsed, warnAt, null, null);
  // Breached (or just at the target): due where the counted time first reached it, in the past.
  const dueTotal = elapsed < targetMs ? timeline.atNow + targetMs - elapsed : reached;
  return clock('running', target, elapsed, warnAt, working.reachedAt(dueTotal, now + dueHorizonMs), null);
}

/**
 * The SLA clocks of a work order: docs/specs/SLA.md, the contract every device, the
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
  const { working } = policy;
  const atStep: number[] = [];
  for (const step of steps) atStep.push(working.upTo(step.at));
  const timeline: Timeline = { steps, atCreated: working.upTo(createdAt), atStep, atNow: working.upTo(now), now };
  const target = policy.targets[priority];
  return { response: responseClock(policy, target.responseMinutes, timeline), resolution: resolutionClock(policy, target.resolutionMinutes, timeline) };
}
