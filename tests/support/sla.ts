import type { SlaEvent, SlaInput } from '@shared/domain/sla';
import type { SlaPolicy } from '@shared/domain/sla-policy';

type Hours = [string, string] | null;
type Week = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', Hours>;

/** Monday to Friday 08:00-17:00, as SLA.md's example 2. */
export const officeWeek: Week = {
  mon: ['08:00', '17:00'], tue: ['08:00', '17:00'], wed: ['08:00', '17:00'], thu: ['08:00', '17:00'], fri: ['08:00', '17:00'], sat: null, sun: null,
};

/** A week open only on Sundays, for the DST changes (both fall on a Sunday in the US). */
export const sundaysOnly = (hours: [string, string]): Week => ({ mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: hours });

/**
 * The policy of SLA.md section 9: P3 response 240, resolution 4,320 minutes (the other
 * priorities get their own numbers, so a test sees which one is used); pauseOn waiting for the
 * client or a vendor; warnAt 0.75.
 */
export function examplePolicy(calendar: SlaPolicy['calendar'] = { kind: '24x7' }): SlaPolicy {
  return {
    targets: {
      '1': { responseMinutes: 30, resolutionMinutes: 240 },
      '2': { responseMinutes: 120, resolutionMinutes: 480 },
      '3': { responseMinutes: 240, resolutionMinutes: 4320 },
      '4': { responseMinutes: 480, resolutionMinutes: 5400 },
      '5': { responseMinutes: 1440, resolutionMinutes: 10080 },
    },
    calendar,
    pauseOn: ['waiting-for-client', 'waiting-for-vendor'],
    warnAt: 0.75,
  };
}

/** A business calendar of SLA.md's shape. */
export function business(timeZone: string, hours: Week, holidays: string[] = []): SlaPolicy['calendar'] {
  return { kind: 'business', timeZone, hours, holidays };
}

/** An SLA input with the example policy (24x7) and priority 3 unless told otherwise. */
export function slaInput(createdAt: string, history: SlaEvent[], now: string, overrides: Partial<SlaInput> = {}): SlaInput {
  return { priority: 3, createdAt, history, policy: examplePolicy(), now, ...overrides };
}
