import { dayMs, daysFromCivil } from './iso-instant';

/** A time zone's rules over a span of instants: how local wall times become instants. */
export type ZoneRules = {
  /**
   * The instant of a local wall time, given as milliseconds since 1970 of the local date and time
   * read as if they were UTC. A time in a spring-forward gap moves forward by the gap; an
   * ambiguous one (a fall-back hour) takes the earlier instant (SLA.md section 4; Temporal's
   * "compatible" disambiguation).
   */
  instantOf(wall: number): number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's offset from UTC at an instant, in milliseconds (Intl gives whole seconds). */
function offsetFromIntl(format: Intl.DateTimeFormat, at: number): number {
  const second = Math.floor(at / 1000) * 1000;
  const part = { era: 'AD', year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const { type, value } of format.formatToParts(second)) {
    if (type === 'era') part.era = value;
    else if (type in part) (part as Record<string, number | string>)[type] = Number(value);
  }
  const year = part.era === 'BC' || part.era === 'B' ? 1 - part.year : part.year;
  const wall = daysFromCivil(year, part.month, part.day) * dayMs + ((part.hour * 60 + part.minute) * 60 + part.second) * 1000;
  return wall - second;
}

/**
 * The rules of `timeZone` between two instants, from the runtime's time-zone data through Intl
 * (no library: ECMAScript's Intl is the one time-zone database every device already has).
 * Intl is slow (a microsecond or more a call), so the offset is read once a day across the span
 * and each change is pinned to the millisecond by bisection; later questions are a search of
 * that short list. Two changes less than a day apart that cancel out would be missed: no zone
 * of the time-zone database has such a pair in the years devices stamp. Outside the span, Intl
 * is asked directly.
 */
export function zoneRules(timeZone: string, from: number, to: number): ZoneRules {
  const format = formatterFor(timeZone);
  const start = Math.floor(from / dayMs) * dayMs - 2 * dayMs;
  const end = Math.ceil(to / dayMs) * dayMs + 2 * dayMs;
  const firstOffset = offsetFromIntl(format, start);
  const changes: number[] = [];
  const offsets: number[] = [];
  let previous = firstOffset;
  for (let at = start + dayMs; at <= end; at += dayMs) {
    const offset = offsetFromIntl(format, at);
    let low = at - dayMs;
    while (offset !== previous) {
      // The first millisecond after `low` whose offset differs from `previous`.
      let high = at;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetFromIntl(format, middle) === previous) low = middle;
        else high = middle;
      }
      previous = offsetFromIntl(format, high);
      changes.push(high);
      offsets.push(previous);
      low = high;
    }
  }

  const offsetAt = (at: number): number => {
    if (at < start || at > end) return offsetFromIntl(format, at);
    let low = 0, high = changes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((changes[middle] as number) <= at) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? firstOffset : (offsets[low - 1] as number);
  };

  return {
    instantOf(wall) {
      // Offsets stay within a day of UTC, so the offsets a day either side bracket any change.
      const before = offsetAt(wall - dayMs);
      const after = offsetAt(wall + dayMs);
      if (before === after) return wall - before;
      const early = wall - before, late = wall - after;
      const earlyHolds = offsetAt(early) === before, lateHolds = offsetAt(late) === after;
      if (earlyHolds && lateHolds) return Math.min(early, late);
      if (earlyHolds) return early;
      if (lateHolds) return late;
      // In the gap: keep the offset in force before it, which moves the time forward by the gap.
      return early;
    },
  };
}
