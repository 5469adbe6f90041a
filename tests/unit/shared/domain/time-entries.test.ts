import { describe, expect, it } from 'vitest';
import { manualSpan, minutesInWords, spanMinutes, totalMinutes, totalsByTechnicianAndDay } from '@shared/domain/time-entries';

const span = (from: string, to: string) => ({ from: `2026-12-0${from}:00.000Z`, to: `2026-12-0${to}:00.000Z` });
const entries = [
  { authorId: 'ana', time: span('3T08:00', '3T08:45') },
  { authorId: 'ana', time: span('3T13:10', '3T13:40') },
  { authorId: 'ben', time: span('3T09:00', '3T10:00') },
  { authorId: 'ana', time: span('4T08:00', '4T08:20') },
  { authorId: 'ana' },
];

describe('time worked, from the timeline', () => {
  it.each([
    ['45 minutes', span('3T08:00', '3T08:45'), 45],
    ['a span ending before it starts counts as none', span('3T09:00', '3T08:00'), 0],
    ['twenty seconds counts as none', { from: '2026-12-03T08:00:00.000Z', to: '2026-12-03T08:00:20.000Z' }, 0],
  ])('%s', (_, s, minutes) => {
    expect(spanMinutes(s)).toBe(minutes);
  });

  it('totals a work order, and each technician per day', () => {
    expect(totalMinutes(entries)).toBe(45 + 30 + 60 + 20);
    expect(totalsByTechnicianAndDay(entries, (iso) => iso.slice(0, 10))).toEqual([
      { authorId: 'ana', day: '2026-12-03', minutes: 75 },
      { authorId: 'ben', day: '2026-12-03', minutes: 60 },
      { authorId: 'ana', day: '2026-12-04', minutes: 20 },
    ]);
  });

  it('a typed-in span ends now; minutes read as words', () => {
    expect(manualSpan(90, new Date('2026-12-03T10:00:00.000Z'))).toEqual({ from: '2026-12-03T08:30:00.000Z', to: '2026-12-03T10:00:00.000Z' });
    expect([minutesInWords(45), minutesInWords(65), minutesInWords(120)]).toEqual(['45 min', '1 h 05 min', '2 h 00 min']);
  });
});
