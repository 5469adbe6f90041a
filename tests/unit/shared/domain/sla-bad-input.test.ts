import { describe, expect, it } from 'vitest';
import { SlaInputError, slaClock, type SlaInput } from '@shared/domain/sla';
import { business, examplePolicy, officeWeek } from '../../../support/sla';

type Tree = Record<string, unknown>;
type Change = (input: Tree) => void;

/** A valid input on a business calendar, with four status changes to break. */
const valid = (): Tree => ({
  priority: 3,
  createdAt: '2026-03-06T16:00-08:00',
  history: [
    { status: 'assigned', at: '2026-03-06T16:10-08:00' },
    { status: 'in-progress', at: '2026-03-06T16:20-08:00' },
    { status: 'on-hold', holdReason: 'waiting-for-parts', at: '2026-03-06T16:30-08:00' },
    { status: 'in-progress', at: '2026-03-06T16:40-08:00' },
  ],
  policy: examplePolicy(business('America/Los_Angeles', officeWeek, ['2026-03-09', '2026-12-25'])),
  now: '2026-03-10T09:00-07:00',
});

/** The object holding the last key of a dotted path ("policy.calendar.hours.mon", "history.3.at"), and that key. */
const holder = (input: Tree, path: string): [Tree, string] => {
  const keys = path.split('.');
  const last = keys.pop() as string;
  return [keys.reduce((at, key) => at[key] as Tree, input), last];
};
const set = (path: string, value: unknown): Change => (input) => {
  const [at, key] = holder(input, path);
  at[key] = value;
};
const drop = (path: string): Change => (input) => {
  const [at, key] = holder(input, path);
  delete at[key];
};

/** The valid input with one change made to a fresh copy. */
const broken = (change: Change): SlaInput => {
  const input = structuredClone(valid());
  change(input);
  return input as unknown as SlaInput;
};

const refusedField = (input: SlaInput): string | null => {
  try {
    slaClock(input);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SlaInputError);
    const { field, message } = error as SlaInputError;
    expect(message.startsWith(`${field}: `)).toBe(true);
    return field;
  }
};

describe('bad input is refused with an Error naming the field (SLA.md section 8)', () => {
  it('accepts the valid input these cases break', () => {
    expect(refusedField(valid() as unknown as SlaInput)).toBeNull();
  });

  it.each<[string, Change, string]>([
    // a missing field
    ['no priority', drop('priority'), 'priority'],
    ['no createdAt', drop('createdAt'), 'createdAt'],
    ['no now', drop('now'), 'now'],
    ['no history', drop('history'), 'history'],
    ['no status on an event', drop('history.0.status'), 'history[0].status'],
    ['no instant on an event', drop('history.3.at'), 'history[3].at'],
    ['no policy', drop('policy'), 'policy'],
    ['no targets', drop('policy.targets'), 'policy.targets'],
    ['no target for a priority', drop('policy.targets.3'), 'policy.targets.3'],
    ['no resolution minutes', drop('policy.targets.3.resolutionMinutes'), 'policy.targets.3.resolutionMinutes'],
    ['no calendar', drop('policy.calendar'), 'policy.calendar'],
    ['no calendar kind', drop('policy.calendar.kind'), 'policy.calendar.kind'],
    ['no time zone', drop('policy.calendar.timeZone'), 'policy.calendar.timeZone'],
    ['no hours', drop('policy.calendar.hours'), 'policy.calendar.hours'],
    ['no hours for Monday', drop('policy.calendar.hours.mon'), 'policy.calendar.hours.mon'],
    ['no holidays', drop('policy.calendar.holidays'), 'policy.calendar.holidays'],
    ['no pauseOn', drop('policy.pauseOn'), 'policy.pauseOn'],
    ['no warnAt', drop('policy.warnAt'), 'policy.warnAt'],
    ['an event that is not an object', set('history.1', 'in-progress'), 'history[1]'],
    ['a history that is not a list', set('history', {}), 'history'],
    // a priority outside 1-5
    ['priority 0', set('priority', 0), 'priority'],
    ['priority 6', set('priority', 6), 'priority'],
    ['priority 2.5', set('priority', 2.5), 'priority'],
    ['priority as the string "3"', set('priority', '3'), 'priority'],
    // an instant that is not ISO 8601 with Z or an offset
    ['createdAt without an offset', set('createdAt', '2026-03-06T16:00:00'), 'createdAt'],
    ['createdAt with a space for T', set('createdAt', '2026-03-06 16:00Z'), 'createdAt'],
    ['createdAt as a number', set('createdAt', Date.UTC(2026, 2, 6)), 'createdAt'],
    ['createdAt on a day that does not exist', set('createdAt', '2026-02-30T10:00Z'), 'createdAt'],
    ['now at hour 24', set('now', '2026-03-10T24:00Z'), 'now'],
    ['now in words', set('now', 'Tuesday 9 am'), 'now'],
    ['an event at a date only', set('history.3.at', '2026-03-06'), 'history[3].at'],
    ['an event at second 60', set('history.3.at', '2026-03-06T16:40:60Z'), 'history[3].at'],
    ['an event with an offset out of range', set('history.3.at', '2026-03-06T16:40+24:00'), 'history[3].at'],
    ['an event with a trailing character', set('history.3.at', '2026-03-06T16:40Zx'), 'history[3].at'],
    // an unknown status or hold reason, a hold reason on another status
    ['an unknown status', set('history.0.status', 'escalated'), 'history[0].status'],
    ['an unknown hold reason', set('history.2.holdReason', 'lunch'), 'history[2].holdReason'],
    ['a hold reason on in-progress', set('history.1.holdReason', 'waiting-for-client'), 'history[1].holdReason'],
    // a target that is not a positive number; all five are checked, whichever priority is used
    ['a target of 0', set('policy.targets.3.responseMinutes', 0), 'policy.targets.3.responseMinutes'],
    ['a negative target', set('policy.targets.3.resolutionMinutes', -60), 'policy.targets.3.resolutionMinutes'],
    ['a target as a string', set('policy.targets.3.responseMinutes', '240'), 'policy.targets.3.responseMinutes'],
    ['a target that is not a number', set('policy.targets.3.responseMinutes', Number.NaN), 'policy.targets.3.responseMinutes'],
    ['an endless target', set('policy.targets.3.responseMinutes', Number.POSITIVE_INFINITY), 'policy.targets.3.responseMinutes'],
    ['a bad target of a priority not in use', set('policy.targets.5.resolutionMinutes', 0), 'policy.targets.5.resolutionMinutes'],
    ['targets that are a list', set('policy.targets', []), 'policy.targets'],
    // the calendar: unknown time zone, hours not HH:MM or ending before they start, a holiday that is not a date
    ['an unknown calendar kind', set('policy.calendar.kind', 'weekdays'), 'policy.calendar.kind'],
    ['an unknown time zone', set('policy.calendar.timeZone', 'Mars/Olympus_Mons'), 'policy.calendar.timeZone'],
    ['a time zone that is not a name', set('policy.calendar.timeZone', 480), 'policy.calendar.timeZone'],
    ['hours without a leading zero', set('policy.calendar.hours.mon', ['8:00', '17:00']), 'policy.calendar.hours.mon'],
    ['hours with seconds', set('policy.calendar.hours.tue', ['08:00:00', '17:00']), 'policy.calendar.hours.tue'],
    ['an hour 25', set('policy.calendar.hours.wed', ['08:00', '25:00']), 'policy.calendar.hours.wed'],
    ['a start only', set('policy.calendar.hours.thu', ['08:00']), 'policy.calendar.hours.thu'],
    ['hours as one string', set('policy.calendar.hours.fri', '08:00-17:00'), 'policy.calendar.hours.fri'],
    ['a day that ends before it starts', set('policy.calendar.hours.mon', ['17:00', '08:00']), 'policy.calendar.hours.mon'],
    ['a day that ends as it starts', set('policy.calendar.hours.sat', ['09:00', '09:00']), 'policy.calendar.hours.sat'],
    ['a day that starts at 24:00', set('policy.calendar.hours.sun', ['24:00', '24:00']), 'policy.calendar.hours.sun'],
    ['a week closed every day', set('policy.calendar.hours', { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null }), 'policy.calendar.hours'],
    ['30 February as a holiday', set('policy.calendar.holidays.1', '2026-02-30'), 'policy.calendar.holidays[1]'],
    ['month 13 as a holiday', set('policy.calendar.holidays.0', '2026-13-01'), 'policy.calendar.holidays[0]'],
    ['a holiday in words', set('policy.calendar.holidays.1', 'Christmas'), 'policy.calendar.holidays[1]'],
    ['a holiday as a number', set('policy.calendar.holidays.1', 20261225), 'policy.calendar.holidays[1]'],
    // pauseOn and warnAt
    ['an unknown hold reason in pauseOn', set('policy.pauseOn', ['lunch']), 'policy.pauseOn[0]'],
    ['pauseOn as one reason', set('policy.pauseOn', 'waiting-for-client'), 'policy.pauseOn'],
    ['warnAt 0', set('policy.warnAt', 0), 'policy.warnAt'],
    ['warnAt 1', set('policy.warnAt', 1), 'policy.warnAt'],
    ['warnAt as a percentage', set('policy.warnAt', 75), 'policy.warnAt'],
    ['warnAt negative', set('policy.warnAt', -0.25), 'policy.warnAt'],
    ['warnAt as a string', set('policy.warnAt', '0.75'), 'policy.warnAt'],
    // now before createdAt
    ['now before createdAt', set('now', '2026-03-06T15:59:59.999-08:00'), 'now'],
  ])('%s', (_, change, field) => {
    expect(refusedField(broken(change))).toBe(field);
  });

  it('refuses input that is not an object at all', () => {
    expect(() => slaClock(null as unknown as SlaInput)).toThrowError(/^input: /);
  });

  it('checks events after now too', () => {
    expect(refusedField(broken(set('history.4', { status: 'resolved', holdReason: 'scheduled', at: '2027-01-01T00:00Z' })))).toBe('history[4].holdReason');
  });
});

describe('what section 8 does not refuse', () => {
  it.each<[string, Change]>([
    ['unknown extra fields on the input, an event and the policy', (i) => [set('id', 'wo-1'), set('policy.name', 'County'), set('history.0.by', 'ana'), set('history.0.from', 'new')].forEach((change) => change(i))],
    ['a 24x7 calendar carrying a time zone, hours and holidays (extra fields there)', set('policy.calendar.kind', '24x7')],
    ['an on-hold event without a reason', drop('history.2.holdReason')],
    ['an empty history and empty pauseOn and holidays', (i) => [set('history', []), set('policy.pauseOn', []), set('policy.calendar.holidays', [])].forEach((change) => change(i))],
    ['a day ending at 24:00', set('policy.calendar.hours.sat', ['20:00', '24:00'])],
    ['priority 3.0 (a whole number)', set('priority', 3.0)],
    ['now equal to createdAt', set('now', '2026-03-06T16:00-08:00')],
    ['29 February of a leap year', set('policy.calendar.holidays.0', '2028-02-29')],
  ])('%s', (_, change) => {
    expect(refusedField(broken(change))).toBeNull();
  });
});
