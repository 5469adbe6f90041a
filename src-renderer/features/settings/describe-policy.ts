/** Working minutes in words: "45 minutes", "4 hours", "1 hour 30 minutes". */
export function workingTime(minutes: number): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest > 0 ? `${rest} minute${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ') || '0 minutes';
}

const longDate = new Intl.DateTimeFormat(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A local date "YYYY-MM-DD" in words ("Fri, Dec 25, 2026"), the same wherever the device is. */
export function holidayWords(date: string): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  return Number.isNaN(at.getTime()) ? date : longDate.format(at);
}
