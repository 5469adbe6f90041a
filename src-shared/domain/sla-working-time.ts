import { dayMs } from './iso-instant';
import { zoneRules, type ZoneRules } from './time-zone-rules';

/**
 * Working time of a calendar (SLA.md section 4) as a running total: `upTo(b) - upTo(a)` is the
 * working time between instants a and b, in milliseconds, in constant time.
 */
export type WorkingTime = {
  /** Working milliseconds from a fixed origin up to the instant `at`. */
  upTo(at: number): number;
  /**
   * The earliest instant at which `upTo` reaches `total` (the end of a working period, not the
   * next start, when a total is reached exactly there), or null when it lies after `notAfter`.
   */
  reachedAt(total: number, notAfter: number): number | null;
};

/** A 24x7 calendar: every instant is working time. */
export const aroundTheClock: WorkingTime = {
  upTo: (at) => at,
  reachedAt: (total, notAfter) => (total <= notAfter ? total : null),
};

/** Working hours of a weekday as minutes of the local day [start, end), or null: closed. */
export type DayHours = readonly [number, number] | null;

/** A business calendar: a time zone, hours Monday to Sunday, holidays as local day numbers (days since 1970-01-01). */
export type BusinessHours = { timeZone: string; week: readonly DayHours[]; holidays: ReadonlySet<number> };

/** Days added on either side when the table has to grow: at least this, else as many as it holds. */
const minimumGrowth = 200;

/**
 * The working time of a business calendar, from a table of local days built lazily and grown on
 * demand (DECISIONS #11: prefix sums of working minutes per local day).
 *
 *   day i (a local date)   midnight[i]  the instant of its 00:00 (gap and ambiguity rules applied)
 *                          start[i]     the instant its working period starts
 *                          length[i]    how long the period lasts (0: closed, a holiday)
 *                          before[i]    working time of every earlier day, from a fixed origin
 *
 *   upTo(t) = before[i] + clamp(t - start[i], 0, length[i])   i: the last day with start[i] <= t
 *
 * Finding i is constant time: midnights are about a day apart, so (t - midnight[0]) / day is
 * off by at most one, and one step back finds the period when t lies before its day's start. A
 * period runs from its start wall time to its end wall time, each turned into an instant (SLA.md
 * reading 10), so at a DST change it is an hour shorter or longer. Periods are kept in order
 * and apart (a start is never before the previous end), which only matters in zones whose
 * changes fall at midnight. The origin of `before` never moves when the table grows, so totals
 * read before and after growing can be subtracted.
 */
export function businessTime(hours: BusinessHours): WorkingTime {
  let first = 0;
  let count = 0;
  let midnight = new Float64Array(0);
  let start = new Float64Array(0);
  let length = new Float64Array(0);
  let before = new Float64Array(0);

  const weekday = (day: number) => (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 is Monday
  const periodOf = (rules: ZoneRules, day: number): [number, number] | null => {
    const open = hours.week[weekday(day)];
    if (!open || hours.holidays.has(day)) return null;
    return [rules.instantOf(day * dayMs + open[0] * 60_000), rules.instantOf(day * dayMs + open[1] * 60_000)];
  };

  /** Rebuilds the table over local days [from, to], keeping the origin of `before`. */
  function build(from: number, to: number): void {
    const rules = zoneRules(hours.timeZone, (from - 1) * dayMs, (to + 2) * dayMs);
    const days = to - from + 1;
    const nextMidnight = new Float64Array(days + 1);
    const nextStart = new Float64Array(days);
    const nextLength = new Float64Array(days);
    const nextBefore = new Float64Array(days);
    const previous = periodOf(rules, from - 1);
    let end = previous ? previous[1] : -Infinity;
    let total = 0;
    for (let i = 0; i < days; i++) {
      const day = from + i;
      nextMidnight[i] = rules.instantOf(day * dayMs);
      const period = periodOf(rules, day);
      const opens = Math.max(period ? period[0] : (nextMidnight[i] as number), end);
      const lasts = period ? Math.max(0, period[1] - opens) : 0;
      nextStart[i] = opens;
      nextLength[i] = lasts;
      nextBefore[i] = total;
      total += lasts;
      end = opens + lasts;
    }
    nextMidnight[days] = rules.instantOf((to + 1) * dayMs);
    if (count > 0) {
      const shift = (before[0] as number) - (nextBefore[first - from] as number);
      for (let i = 0; i < days; i++) nextBefore[i] = (nextBefore[i] as number) + shift;
    }
    [first, count, midnight, start, length, before] = [from, days, nextMidnight, nextStart, nextLength, nextBefore];
  }

  /** Grows the table until the instant lies inside it with a day to spare on either side. */
  function cover(at: number): void {
    while (count === 0 || at < (midnight[1] as number) || at >= (midnight[count - 1] as number)) {
      const day = Math.floor(at / dayMs);
      if (count === 0) build(day - minimumGrowth, day + minimumGrowth);
      else {
        const growth = Math.max(minimumGrowth, count);
        build(Math.min(first, day - 3 - growth), Math.max(first + count - 1, day + 3 + growth));
      }
    }
  }

  /** The last day whose period starts at or before the instant. */
  function dayOf(at: number): number {
    cover(at);
    let i = Math.min(count - 2, Math.max(1, Math.floor((at - (midnight[0] as number)) / dayMs)));
    while ((midnight[i] as number) > at) i--;
    while ((midnight[i + 1] as number) <= at) i++;
    while (i > 0 && (start[i] as number) > at) i--;
    return i;
  }

  return {
    upTo(at) {
      const i = dayOf(at);
      const into = at - (start[i] as number);
      return (before[i] as number) + (into <= 0 ? 0 : Math.min(into, length[i] as number));
    },
    reachedAt(total, notAfter) {
      // A total means something only once upTo has built the table (it fixes the origin).
      if (count === 0) return null;
      // Grow until the total is reached inside the table (never in its first day), then bisect.
      for (;;) {
        if (total <= (before[1] as number)) cover((midnight[0] as number) - dayMs);
        else if (total > (before[count - 2] as number) + (length[count - 2] as number)) {
          if ((midnight[count - 1] as number) > notAfter) return null;
          cover((midnight[count - 1] as number) + dayMs);
        } else break;
      }
      let low = 1, high = count - 2;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((before[middle] as number) + (length[middle] as number) >= total) high = middle;
        else low = middle + 1;
      }
      const at = (start[low] as number) + Math.max(0, total - (before[low] as number));
      return at <= notAfter ? at : null;
    },
  };
}
