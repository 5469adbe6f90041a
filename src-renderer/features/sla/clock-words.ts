import type { Clock } from '@shared/domain/sla';
import { holdReasonLabels, type HoldReason } from '@shared/domain/work-order-status';
import { formatDateTime } from '../../ui/format';

/** How a clock reads: its words, and the colour they are shown in (green, amber, red, grey). */
export type ClockWords = { text: string; tone: 'ok' | 'warning' | 'breached' | 'idle' };

/** Working minutes in words a technician reads at a glance: "45 min", "3 h 20 min", "2 d 4 h" (8-hour days are not assumed: a day is 24 h). */
export function durationWords(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  const days = Math.floor(whole / 1440);
  const hours = Math.floor((whole % 1440) / 60);
  const mins = whole % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return whole === 0 && minutes > 0 ? 'under a minute' : `${mins} min`;
}

const left = (clock: Clock) =>
  clock.remainingMinutes >= 0 ? `${durationWords(clock.remainingMinutes)} left` : `${durationWords(-clock.remainingMinutes)} late`;

/**
 * One clock in words. `holdReason`: why the work order is on hold, named while the clock is
 * paused. Times left are working time (the county's business hours), as the clock counts them.
 */
export function clockWords(clock: Clock, holdReason?: HoldReason, now = new Date()): ClockWords {
  const tone = clock.level;
  switch (clock.state) {
    case 'running':
      return { text: `${left(clock)}${clock.dueAt && clock.remainingMinutes >= 0 ? `, due ${formatDateTime(clock.dueAt, now)}` : ''}`, tone };
    case 'paused':
      return { text: `Paused while on hold${holdReason ? ` (${holdReasonLabels[holdReason].toLowerCase()})` : ''}: ${left(clock)}`, tone: tone === 'ok' ? 'idle' : tone };
    case 'met':
      return { text: `${clock.level === 'breached' ? 'Met late' : 'Met'}${clock.metAt ? `, ${formatDateTime(clock.metAt, now)}` : ''}`, tone };
    case 'stopped':
      return { text: 'Stopped: the work order was cancelled', tone: 'idle' };
  }
}

const late = (minutes: number) => `${durationWords(-minutes)} late`;

/**
 * One clock in the few words a list row has room for: "Respond in 45 min", "Resolution 2 h late",
 * "Resolution paused, 3 h left", "Responded", "Resolved late"; coloured as on the page.
 */
export function shortClockWords(which: 'response' | 'resolution', clock: Clock): ClockWords {
  const [verb, noun, done] = which === 'response' ? ['Respond', 'Response', 'Responded'] : ['Resolve', 'Resolution', 'Resolved'];
  const left = clock.remainingMinutes;
  switch (clock.state) {
    case 'running':
      return { text: left >= 0 ? `${verb} in ${durationWords(left)}` : `${noun} ${late(left)}`, tone: clock.level };
    case 'paused':
      return { text: `${noun} paused, ${left >= 0 ? `${durationWords(left)} left` : late(left)}`, tone: clock.level === 'ok' ? 'idle' : clock.level };
    case 'met':
      return { text: clock.level === 'breached' ? `${done} late` : done, tone: clock.level };
    case 'stopped':
      return { text: 'Cancelled: no clock', tone: 'idle' };
  }
}
