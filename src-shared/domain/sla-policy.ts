import type { ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { weekdays, type referenceSchema } from '../schema/reference.schema';
import type { SchemaViolation } from '../schema/validate';

type StoredPolicy = NonNullable<ExtractDocumentTypeFromTypedRxJsonSchema<typeof referenceSchema>['slaPolicy']>;
export type PriorityKey = '1' | '2' | '3' | '4' | '5';
export const priorityKeys: readonly PriorityKey[] = ['1', '2', '3', '4', '5'];
export type SlaTarget = { responseMinutes: number; resolutionMinutes: number };

/**
 * The SLA policy as stored in reference data and as the SLA clock takes it (docs/specs/SLA.md).
 * The schema gives the targets by pattern ("1" to "5"), which RxDB's types cannot derive, so they
 * are named here.
 */
export type SlaPolicy = Omit<StoredPolicy, 'targets'> & { targets: Record<PriorityKey, SlaTarget> };
export type BusinessCalendar = Required<StoredPolicy['calendar']>;

/** Zones Intl has accepted: asking it costs tens of microseconds, and SLA clocks check policies in bulk. */
const knownTimeZones = new Set<string>();

/** Whether the runtime knows an IANA time zone (Intl refuses an unknown one). */
export function isTimeZone(name: string): boolean {
  if (knownTimeZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    knownTimeZones.add(name);
    return true;
  } catch {
    return false;
  }
}

/** Whether "YYYY-MM-DD" is a date of the calendar (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === dayOfMonth;
}

/** Minutes since midnight of a wall-clock time "HH:MM". */
export const minutesOfDay = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * What the schema cannot say about a policy that passed it, the rules of SLA.md section 8: a business
 * calendar has a known time zone, seven days of hours each ending after it starts (at least one day
 * open) and real holiday dates; a 24x7 calendar has none of these. Fields are named from the policy.
 */
export function checkSlaPolicy(policy: SlaPolicy): SchemaViolation | null {
  const { calendar } = policy;
  if (calendar.kind === '24x7') {
    const extra = (['timeZone', 'hours', 'holidays'] as const).find((f) => calendar[f] !== undefined);
    return extra ? { field: `calendar.${extra}`, message: `a 24x7 calendar has no ${extra}` } : null;
  }
  return checkBusinessCalendar(calendar);
}

/**
 * The section-8 rules of a business calendar whose fields have the schema's types (hours "HH:MM"):
 * the SLA clock checks those types itself and then these rules, ignoring what a 24x7 calendar
 * carries besides its kind (SLA.md reading 10: unknown extra fields are ignored).
 */
export function checkBusinessCalendar(calendar: SlaPolicy['calendar']): SchemaViolation | null {
  if (calendar.timeZone === undefined) return { field: 'calendar.timeZone', message: 'a business calendar needs a time zone' };
  if (!isTimeZone(calendar.timeZone)) return { field: 'calendar.timeZone', message: `unknown time zone ${calendar.timeZone}` };
  if (calendar.hours === undefined) return { field: 'calendar.hours', message: 'a business calendar needs its hours' };
  for (const day of weekdays) {
    const hours = calendar.hours[day];
    if (hours && minutesOfDay(hours[1] ?? '') <= minutesOfDay(hours[0] ?? '')) {
      return { field: `calendar.hours.${day}`, message: 'the end of the day must be after its start' };
    }
  }
  if (weekdays.every((day) => calendar.hours?.[day] === null)) return { field: 'calendar.hours', message: 'at least one day needs working hours' };
  if (calendar.holidays === undefined) return { field: 'calendar.holidays', message: 'a business calendar needs its holidays (an empty list for none)' };
  const bad = calendar.holidays.findIndex((date) => !isCalendarDate(date));
  return bad >= 0 ? { field: `calendar.holidays.${bad}`, message: `${calendar.holidays[bad]} is not a date` } : null;
}
