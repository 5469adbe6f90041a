/**
 * Time worked on work orders, from their `time-entry` timeline entries (append-only: a correction
 * is another entry, never an edit). Each entry is one span `from`-`to` of device time, measured by
 * the running timer or typed in. Totals are whole minutes, per work order and per technician per
 * day; the day is the local day of the span's start, as `dayOf` says (the caller's time zone).
 */
export type TimeSpan = { from: string; to: string };
type Entry = { authorId: string; time?: TimeSpan };

/** Whole minutes between two instants (a span shorter than half a minute counts as none). */
export const spanMinutes = (span: TimeSpan) => Math.max(0, Math.round((Date.parse(span.to) - Date.parse(span.from)) / 60_000));

/** Total minutes of these entries. */
export const totalMinutes = (entries: readonly Entry[]) => entries.reduce((sum, e) => sum + (e.time ? spanMinutes(e.time) : 0), 0);

/** One technician's minutes on one day. */
export type DayTotal = { authorId: string; day: string; minutes: number };

/** Minutes per technician per day, by day then technician (`dayOf` turns an instant into its local "YYYY-MM-DD"). */
export function totalsByTechnicianAndDay(entries: readonly Entry[], dayOf: (iso: string) => string): DayTotal[] {
  const totals = new Map<string, DayTotal>();
  for (const e of entries) {
    if (!e.time) continue;
    const day = dayOf(e.time.from);
    const key = `${day}\u0000${e.authorId}`;
    const total = totals.get(key) ?? { authorId: e.authorId, day, minutes: 0 };
    total.minutes += spanMinutes(e.time);
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => a.day.localeCompare(b.day) || a.authorId.localeCompare(b.authorId));
}

/** A span typed in: `minutes` ending at `end`. */
export const manualSpan = (minutes: number, end: Date): TimeSpan => ({ from: new Date(end.getTime() - minutes * 60_000).toISOString(), to: end.toISOString() });

/** Minutes in words: "1 h 05 min", "45 min". */
export function minutesInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, '0')} min`;
}
