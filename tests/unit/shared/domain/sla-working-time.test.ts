import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slaClock } from '@shared/domain/sla';
import type { SlaPolicy } from '@shared/domain/sla-policy';
import { business, examplePolicy, officeWeek, slaInput, sundaysOnly } from '../../../support/sla';

/** Working minutes between two instants: the response clock of a work order nobody answered. */
const workingMinutes = (calendar: SlaPolicy['calendar'], from: string, to: string) => slaClock(slaInput(from, [], to, { policy: examplePolicy(calendar) })).response.elapsedMinutes;
const firstWorkingMinute = (calendar: SlaPolicy['calendar'], from: string) => {
  const policy = examplePolicy(calendar);
  policy.targets['3'].responseMinutes = 1;
  return slaClock(slaInput(from, [], from, { policy })).response.dueAt;
};
const allDay: [string, string] = ['00:00', '24:00'];
const everyDay = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };

describe('a working day at a DST change runs from its start wall time to its end wall time, each as an instant', () => {
  it.each([
    // Los Angeles springs forward on Sunday 8 March 2026 at 02:00 (PST to PDT): 02:00-02:59 do not exist.
    ['spring forward, a day across the gap loses the hour', 'America/Los_Angeles', ['01:00', '04:00'], '2026-03-08T00:00-08:00', '2026-03-08T12:00-07:00', 120],
    ['spring forward, a start in the gap moves forward by the gap (02:30 is 03:30 PDT)', 'America/Los_Angeles', ['02:30', '05:00'], '2026-03-08T00:00-08:00', '2026-03-08T12:00-07:00', 90],
    ['spring forward, the whole day is 23 hours', 'America/Los_Angeles', allDay, '2026-03-07T12:00-08:00', '2026-03-09T12:00-07:00', 23 * 60],
    // It falls back on Sunday 1 November 2026 at 02:00 (PDT to PST): 01:00-01:59 happen twice.
    ['fall back, a day across the repeated hour gains it', 'America/Los_Angeles', ['00:00', '03:00'], '2026-11-01T00:00-07:00', '2026-11-01T12:00-08:00', 240],
    ['fall back, an ambiguous start takes the earlier instant (01:30 PDT)', 'America/Los_Angeles', ['01:30', '03:00'], '2026-11-01T00:00-07:00', '2026-11-01T12:00-08:00', 150],
    ['fall back, an ambiguous end takes the earlier instant too', 'America/Los_Angeles', ['00:00', '01:30'], '2026-11-01T00:00-07:00', '2026-11-01T12:00-08:00', 90],
    ['fall back, the whole day is 25 hours', 'America/Los_Angeles', allDay, '2026-10-31T12:00-07:00', '2026-11-02T12:00-08:00', 25 * 60],
    // Berlin changes at 01:00 UTC, on 29 March and 25 October 2026.
    ['Berlin in spring', 'Europe/Berlin', allDay, '2026-03-28T12:00+01:00', '2026-03-30T12:00+02:00', 23 * 60],
    ['Berlin in autumn', 'Europe/Berlin', allDay, '2026-10-24T12:00+02:00', '2026-10-26T12:00+01:00', 25 * 60],
    // Lord Howe Island moves by half an hour, on 4 October 2026 at 02:00.
    ['a half-hour change', 'Australia/Lord_Howe', allDay, '2026-10-03T12:00+10:30', '2026-10-05T12:00+11:00', 23.5 * 60],
  ] as const)('%s', (_, zone, hours, from, to, minutes) => {
    expect(workingMinutes(business(zone, sundaysOnly([...hours])), from, to)).toBe(minutes);
  });

  it('the start in the gap is where counting begins', () => {
    expect(firstWorkingMinute(business('America/Los_Angeles', sundaysOnly(['02:30', '05:00'])), '2026-03-08T00:00-08:00')).toBe('2026-03-08T10:31:00.000Z');
    expect(firstWorkingMinute(business('America/Los_Angeles', sundaysOnly(['01:30', '03:00'])), '2026-11-01T00:00-07:00')).toBe('2026-11-01T08:31:00.000Z');
  });

  describe('Santiago, where the change falls at midnight', () => {
    // 6 September 2026: 23:59 is followed by 01:00. 4 April 2026: 24:00 -03 becomes 23:00 -04 again.
    const santiago = (hours: Parameters<typeof business>[1]) => business('America/Santiago', hours);
    const saturdays = (open: [string, string]) => ({ ...sundaysOnly(open), sun: null, sat: open });
    it.each([
      ['a midnight start in the gap opens at 01:00 -03', sundaysOnly(['00:00', '02:00']), '2026-09-05T12:00-04:00', '2026-09-06T12:00-03:00', 60],
      ['"24:00" is the next midnight, in the gap too', saturdays(['22:00', '24:00']), '2026-09-05T12:00-04:00', '2026-09-06T12:00-03:00', 120],
      ['"24:00" before a repeated hour, from an ambiguous start', saturdays(['23:30', '24:00']), '2026-04-04T12:00-03:00', '2026-04-05T12:00-04:00', 90],
    ])('%s', (_, hours, from, to, minutes) => {
      expect(workingMinutes(santiago(hours), from, to)).toBe(minutes);
    });
  });

  it('due times count real time across a change: 72 hours open round the clock from Saturday 7 March', () => {
    const { resolution } = slaClock(slaInput('2026-03-07T00:00-08:00', [], '2026-03-07T00:00-08:00', { policy: examplePolicy(business('America/Los_Angeles', everyDay)) }));
    expect(resolution.dueAt).toBe('2026-03-10T08:00:00.000Z');
  });
});

describe('the table of local days', () => {
  it('gives the same totals however it grew: built around 2026 first, or around 2035 and 2010 first', () => {
    // The far-off holiday only makes each calendar its own table.
    const calendar = (holiday: string) => business('America/Los_Angeles', officeWeek, ['2026-03-09', holiday]);
    const fresh = workingMinutes(calendar('1900-01-01'), '2026-02-27T10:00-08:00', '2026-03-20T10:00-07:00');
    const grown = calendar('1900-01-02');
    workingMinutes(grown, '2035-06-01T10:00Z', '2035-06-02T10:00Z');
    workingMinutes(grown, '2010-06-01T10:00Z', '2010-06-02T10:00Z');
    expect(workingMinutes(grown, '2026-02-27T10:00-08:00', '2026-03-20T10:00-07:00')).toBe(fresh);
    expect(fresh).toBe(14 * 9 * 60); // three weeks from Friday 10:00 are 15 working days of 9 hours, less the holiday
  });

  it('counts years of weekdays: 2026 has 261 of them, at 9 hours each', () => {
    expect(workingMinutes(business('America/Los_Angeles', officeWeek), '2026-01-01T00:00-08:00', '2027-01-01T00:00-08:00')).toBe(261 * 9 * 60);
  });

  it.each(['America/Los_Angeles', 'America/Santiago', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Apia'])(
    'a calendar open round the clock in %s counts exactly the real time, over years of DST changes',
    (zone) => {
      const calendar = business(zone, everyDay);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2009, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), (from, minutes) => {
          const to = from + minutes * 60_000;
          expect(workingMinutes(calendar, new Date(from).toISOString(), new Date(to).toISOString())).toBeCloseTo(minutes, 9);
        }),
        { numRuns: 30 },
      );
    },
  );
});

describe('working time agrees with the wall clock read minute by minute through Intl', () => {
  // Where no start or end falls in the hour that DST skips or repeats (01:00-03:00 in Los Angeles),
  // SLA.md's two wordings agree: working time is the minutes whose local weekday, date and wall time are open.
  const format = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Los_Angeles', hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const oracle = (week: typeof officeWeek, holidays: readonly string[], from: number, to: number) => {
    let open = 0;
    for (let at = from; at < to; at += 60_000) {
      const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
      const hours = week[(part.weekday ?? '').toLowerCase() as (typeof days)[number]];
      const wall = `${part.hour}:${part.minute}`;
      if (hours && !holidays.includes(`${part.year}-${part.month}-${part.day}`) && wall >= hours[0] && (hours[1] === '24:00' || wall < hours[1])) open++;
    }
    return open;
  };
  const clockTime = (minutes: number) => (minutes === 1440 ? '24:00' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  const boundary = fc.oneof(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 180, max: 1440 }));
  const dayHours = fc.option(fc.tuple(boundary, boundary).filter(([a, b]) => a < b).map(([a, b]): [string, string] => [clockTime(a), clockTime(b)]), { freq: 3 });
  const week = fc.tuple(dayHours, dayHours, dayHours, dayHours, dayHours, dayHours, dayHours).filter((w) => w.some((h) => h !== null)).map((w) => Object.fromEntries(days.map((d, i) => [d, w[i] ?? null])) as typeof officeWeek);
  // Two days at most, around each change of 2026 and a plain week between.
  const around = (day: number, month: number) => fc.integer({ min: 0, max: 3 * 24 * 60 }).map((minute) => Date.UTC(2026, month, day) + minute * 60_000);
  const start = fc.oneof(around(6, 2), around(30, 9), around(14, 4));

  it('around both DST changes of 2026, with holidays', () => {
    fc.assert(
      fc.property(week, fc.subarray(['2026-03-08', '2026-03-09', '2026-11-01', '2026-05-15']), start, fc.integer({ min: 0, max: 2 * 24 * 60 }), (hours, holidays, from, minutes) => {
        const to = from + minutes * 60_000;
        expect(workingMinutes(business('America/Los_Angeles', hours, holidays), new Date(from).toISOString(), new Date(to).toISOString())).toBe(oracle(hours, holidays, from, to));
      }),
      { numRuns: 25 },
    );
  });
});
