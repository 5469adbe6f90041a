import { clockTime, weekdays } from '../schema/reference.schema';
import { isRecord } from '../schema/validate';
import { boundedCache } from './bounded-cache';
import { daysFromCivil, parseInstant } from './iso-instant';
import { checkBusinessCalendar, minutesOfDay, priorityKeys, type PriorityKey, type SlaTarget } from './sla-policy';
import { aroundTheClock, businessTime, type DayHours, type WorkingTime } from './sla-working-time';
import { holdReasons, workOrderStatuses, type HoldReason, type WorkOrderStatus } from './work-order-status';

/** Input the SLA clock refuses (SLA.md section 8); `field` names it as the section does: `history[3].at`. */
export class SlaInputError extends Error {
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'SlaInputError';
  }
}

/** A policy checked and ready: targets, which hold reasons pause, the amber fraction, the calendar's working time. */
export type CheckedPolicy = {
  targets: Record<PriorityKey, SlaTarget>;
  pauseOn: ReadonlySet<HoldReason>;
  warnAt: number;
  working: WorkingTime;
};

/** A status change of the timeline, its instant in milliseconds (moved to createdAt when earlier). */
export type Step = { status: WorkOrderStatus; holdReason: HoldReason | undefined; at: number };

type Fields = Record<string, unknown>;
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value === 'object' ? 'an object' : String(value));
const statuses: ReadonlySet<unknown> = new Set(workOrderStatuses);
const reasons: ReadonlySet<unknown> = new Set(holdReasons);
const wallTime = new RegExp(clockTime.pattern);

function present(value: unknown, field: string): unknown {
  if (value === undefined) throw new SlaInputError(field, 'missing');
  return value;
}

function fields(value: unknown, field: string): Fields {
  if (!isRecord(present(value, field))) throw new SlaInputError(field, `must be an object, not ${shown(value)}`);
  return value as Fields;
}

function list(value: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(present(value, field))) throw new SlaInputError(field, `must be a list, not ${shown(value)}`);
  return value as unknown[];
}

/** Device times of a list's work orders are read again at every recomputation. */
const parsed = boundedCache(100_000, parseInstant);

/** The instant of an ISO 8601 date-time with Z or an offset, in milliseconds. */
export function checkInstant(value: unknown, field: string): number {
  const at = typeof present(value, field) === 'string' ? parsed(value as string) : null;
  if (at === null) throw new SlaInputError(field, `not an ISO 8601 instant with Z or an offset: ${shown(value)}`);
  return at;
}

export function checkPriority(value: unknown): PriorityKey {
  if (typeof present(value, 'priority') !== 'number' || !Number.isInteger(value) || (value as number) < 1 || (value as number) > 5) {
    throw new SlaInputError('priority', `must be a whole number from 1 to 5, not ${shown(value)}`);
  }
  return String(value) as PriorityKey;
}

/**
 * The timeline of SLA.md section 3: events sorted by their own instant (stable), then an event
 * before `createdAt` moved to it, keeping its place; events after `now` left out. Every event
 * is checked, those after `now` too.
 */
export function checkHistory(history: unknown, createdAt: number, now: number): Step[] {
  const events = list(history, 'history');
  const steps: Step[] = [];
  for (let i = 0; i < events.length; i++) {
    // Field names are built only for a refusal: this loop runs for every event of every clock of a list.
    const event = events[i];
    if (!isRecord(event)) fields(event, `history[${i}]`);
    const { status, holdReason, at } = event as Fields;
    if (!statuses.has(status)) throw new SlaInputError(`history[${i}].status`, status === undefined ? 'missing' : `unknown status ${shown(status)}`);
    if (holdReason !== undefined) {
      if (!reasons.has(holdReason)) throw new SlaInputError(`history[${i}].holdReason`, `unknown hold reason ${shown(holdReason)}`);
      if (status !== 'on-hold') throw new SlaInputError(`history[${i}].holdReason`, `only an on-hold status has a hold reason, not ${status as string}`);
    }
    const instant = typeof at === 'string' ? parsed(at) : null;
    steps.push({ status: status as WorkOrderStatus, holdReason: holdReason as HoldReason | undefined, at: instant ?? checkInstant(at, `history[${i}].at`) });
  }
  // Insertion sort: stable, and histories are short and mostly in order already.
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i] as Step;
    let j = i;
    for (; j > 0 && (steps[j - 1] as Step).at > step.at; j--) steps[j] = steps[j - 1] as Step;
    steps[j] = step;
  }
  let kept = 0;
  for (const step of steps) {
    if (step.at > now) break;
    if (step.at < createdAt) step.at = createdAt;
    kept++;
  }
  steps.length = kept;
  return steps;
}

function checkTarget(targets: Fields, key: PriorityKey): SlaTarget {
  const field = `policy.targets.${key}`;
  const target = fields(targets[key], field);
  const minutes = (name: 'responseMinutes' | 'resolutionMinutes') => {
    const value = present(target[name], `${field}.${name}`);
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) throw new SlaInputError(`${field}.${name}`, `must be a positive number of minutes, not ${shown(value)}`);
    return value;
  };
  return { responseMinutes: minutes('responseMinutes'), resolutionMinutes: minutes('resolutionMinutes') };
}

/** One working-time table per distinct business calendar, shared by every policy object that has it. */
const calendars = new Map<string, WorkingTime>();

function checkCalendar(value: unknown): WorkingTime {
  const calendar = fields(value, 'policy.calendar');
  if (present(calendar.kind, 'policy.calendar.kind') === '24x7') return aroundTheClock;
  if (calendar.kind !== 'business') throw new SlaInputError('policy.calendar.kind', `must be "24x7" or "business", not ${shown(calendar.kind)}`);
  const { timeZone, hours, holidays } = calendar;
  if (timeZone !== undefined && typeof timeZone !== 'string') throw new SlaInputError('policy.calendar.timeZone', `must be an IANA time zone name, not ${shown(timeZone)}`);
  if (hours !== undefined) {
    const week = fields(hours, 'policy.calendar.hours');
    for (const day of weekdays) {
      const open = present(week[day], `policy.calendar.hours.${day}`);
      if (open !== null && !(Array.isArray(open) && open.length === 2 && open.every((time) => typeof time === 'string' && wallTime.test(time)))) {
        throw new SlaInputError(`policy.calendar.hours.${day}`, `must be null or ["HH:MM", "HH:MM"], not ${shown(open)}`);
      }
    }
  }
  if (holidays !== undefined) {
    list(holidays, 'policy.calendar.holidays').forEach((date, i) => {
      if (typeof date !== 'string') throw new SlaInputError(`policy.calendar.holidays[${i}]`, `must be a date "YYYY-MM-DD", not ${shown(date)}`);
    });
  }
  // The types are right: the calendar rules the reference data shares (sla-policy.ts) decide the rest.
  const broken = checkBusinessCalendar(calendar as Parameters<typeof checkBusinessCalendar>[0]);
  if (broken) throw new SlaInputError(`policy.${broken.field.replace(/\.(\d+)$/, '[$1]')}`, broken.message);
  const checked = calendar as { timeZone: string; hours: Record<(typeof weekdays)[number], [string, string] | null>; holidays: string[] };
  const week: DayHours[] = weekdays.map((day) => {
    const open = checked.hours[day];
    return open && [minutesOfDay(open[0]), minutesOfDay(open[1])];
  });
  const days = checked.holidays.map((date) => daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))));
  const key = JSON.stringify([checked.timeZone, week, [...new Set(days)].sort((a, b) => a - b)]);
  let working = calendars.get(key);
  if (!working) {
    working = businessTime({ timeZone: checked.timeZone, week, holidays: new Set(days) });
    calendars.set(key, working);
  }
  return working;
}

/** Policies already checked, by object: a policy is a reference version, never edited in place. */
const policies = new WeakMap<object, CheckedPolicy>();

/** The policy of SLA.md section 1, checked as section 8 says; each policy object is checked once. */
export function checkPolicy(value: unknown): CheckedPolicy {
  const policy = fields(value, 'policy');
  const known = policies.get(policy);
  if (known) return known;
  const targets = fields(policy.targets, 'policy.targets');
  const checkedTargets = Object.fromEntries(priorityKeys.map((key) => [key, checkTarget(targets, key)])) as Record<PriorityKey, SlaTarget>;
  const working = checkCalendar(policy.calendar);
  const pauseOn = list(policy.pauseOn, 'policy.pauseOn').map((reason, i) => {
    if (!reasons.has(reason)) throw new SlaInputError(`policy.pauseOn[${i}]`, `unknown hold reason ${shown(reason)}`);
    return reason as HoldReason;
  });
  const warnAt = present(policy.warnAt, 'policy.warnAt');
  if (typeof warnAt !== 'number' || !(warnAt > 0 && warnAt < 1)) throw new SlaInputError('policy.warnAt', `must be a fraction between 0 and 1, not ${shown(warnAt)}`);
  const result: CheckedPolicy = { targets: checkedTargets, pauseOn: new Set(pauseOn), warnAt, working };
  policies.set(policy, result);
  return result;
}
