import { holdReasons, type HoldReason } from '@shared/domain/work-order-status';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { checkSlaPolicy, isCalendarDate, isTimeZone, priorityKeys, type PriorityKey, type SlaPolicy } from '@shared/domain/sla-policy';
import { referenceSchema, weekdays, type Weekday } from '@shared/schema/reference.schema';
import { createValidator } from '@shared/schema/validate';

/** The SLA policy as the settings form holds it while a supervisor types: text, as entered. */
export type SlaForm = {
  /** Targets in hours, as typed ("0.5", "72"). */
  targets: Record<PriorityKey, { response: string; resolution: string }>;
  calendar: '24x7' | 'business';
  timeZone: string;
  hours: Record<Weekday, { open: boolean; start: string; end: string }>;
  holidays: string[];
  pauseOn: HoldReason[];
  /** The amber threshold in per cent of the target ("75"). */
  amberPercent: string;
};

/** Form fields that can be wrong, each with its sentence. */
export type SlaFormErrors = Partial<Record<string, string>>;

export const dayNames: Record<Weekday, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

const hoursText = (minutes: number) => String(Math.round((minutes / 60) * 1000) / 1000);

/** The form showing `policy`. */
export function formFromPolicy(policy: SlaPolicy, fallbackTimeZone: string): SlaForm {
  const { calendar } = policy;
  const hours = Object.fromEntries(
    weekdays.map((day) => {
      const open = calendar.hours?.[day];
      return [day, open ? { open: true, start: open[0] ?? '', end: open[1] ?? '' } : { open: false, start: '08:00', end: '17:00' }];
    }),
  ) as SlaForm['hours'];
  return {
    targets: Object.fromEntries(
      priorityKeys.map((p) => [p, { response: hoursText(policy.targets[p].responseMinutes), resolution: hoursText(policy.targets[p].resolutionMinutes) }]),
    ) as SlaForm['targets'],
    calendar: calendar.kind,
    timeZone: calendar.timeZone ?? fallbackTimeZone,
    hours,
    holidays: [...(calendar.holidays ?? [])].sort(),
    pauseOn: holdReasons.filter((r) => policy.pauseOn.includes(r)),
    amberPercent: String(Math.round(policy.warnAt * 1000) / 10),
  };
}

const validatePolicy = createValidator(referenceSchema.properties.slaPolicy);
const clock = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Hours as typed -> whole minutes, or null when it is not a number of hours above zero (at most a year). */
function minutesFrom(text: string): number | null {
  const hours = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(hours)) return null;
  const minutes = Math.round(hours * 60);
  return minutes >= 1 && minutes <= 525_600 ? minutes : null;
}

/**
 * The policy the form describes, or what is wrong with it in plain words, by form field
 * (`targets.1.response`, `hours.mon`, `timeZone`, `holidays`, `amberPercent`). The shared check
 * (the server's) runs last, so the form never saves what the server would refuse.
 */
export function policyFromForm(form: SlaForm): { policy: SlaPolicy } | { errors: SlaFormErrors } {
  const errors: SlaFormErrors = {};
  const targets = {} as SlaPolicy['targets'];
  for (const p of priorityKeys) {
    const label = priorityLabels[Number(p) as Priority];
    const response = minutesFrom(form.targets[p].response);
    const resolution = minutesFrom(form.targets[p].resolution);
    if (response === null) errors[`targets.${p}.response`] = `Enter the ${label} response target as a number of hours above zero, such as 0.5 for half an hour.`;
    if (resolution === null) errors[`targets.${p}.resolution`] = `Enter the ${label} resolution target as a number of hours above zero, such as 8.`;
    targets[p] = { responseMinutes: response ?? 0, resolutionMinutes: resolution ?? 0 };
  }
  const amber = Number(form.amberPercent.trim());
  if (form.amberPercent.trim() === '' || !Number.isFinite(amber) || amber <= 0 || amber >= 100) {
    errors.amberPercent = 'The amber warning is a percentage of the target above 0 and below 100, such as 75.';
  }
  let calendar: SlaPolicy['calendar'] = { kind: '24x7' };
  if (form.calendar === 'business') {
    if (!isTimeZone(form.timeZone)) errors.timeZone = 'Choose the time zone the county works in from the list.';
    const hours = {} as NonNullable<SlaPolicy['calendar']['hours']>;
    for (const day of weekdays) {
      const { open, start, end } = form.hours[day];
      hours[day] = open ? [start.trim(), end.trim()] : null;
      if (!open) continue;
      if (!clock.test(start.trim()) || !clock.test(end.trim())) {
        errors[`hours.${day}`] = `Write ${dayNames[day]}'s hours on the 24-hour clock, such as 08:00 and 17:30.`;
      } else if (minutesOf(end.trim()) <= minutesOf(start.trim())) {
        errors[`hours.${day}`] = `${dayNames[day]} closes before it opens: the closing time must be after the opening time.`;
      }
    }
    if (weekdays.every((day) => !form.hours[day].open)) errors.hours = 'Open at least one day of the week, or choose "Around the clock".';
    const bad = form.holidays.find((date) => !isCalendarDate(date));
    if (bad !== undefined) errors.holidays = `${bad || 'An empty date'} is not a date: remove it and add the holiday again.`;
    calendar = { kind: 'business', timeZone: form.timeZone, hours, holidays: [...new Set(form.holidays)].sort() };
  }
  if (Object.keys(errors).length > 0) return { errors };
  const policy: SlaPolicy = { targets, calendar, pauseOn: [...form.pauseOn], warnAt: amber / 100 };
  const refused = validatePolicy(policy) ?? checkSlaPolicy(policy);
  return refused ? { errors: { form: 'These service levels cannot be saved as they are: check each field and save again.' } } : { policy };
}
