import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatInstant, parseInstant } from '@shared/domain/iso-instant';

describe('ISO 8601 instants for the SLA clock', () => {
  it.each([
    ['2026-03-06T15:04:05.123Z', Date.UTC(2026, 2, 6, 15, 4, 5, 123)],
    ['2026-03-06T15:04Z', Date.UTC(2026, 2, 6, 15, 4)],
    ['2026-03-06T16:00-08:00', Date.UTC(2026, 2, 7, 0, 0)],
    ['2026-03-06T20:34:05+05:30', Date.UTC(2026, 2, 6, 15, 4, 5)],
    ['2026-03-06T16:04:05,5+01', Date.UTC(2026, 2, 6, 15, 4, 5, 500)],
    ['2026-03-06T15:04:05.123456Z', Date.UTC(2026, 2, 6, 15, 4, 5, 123) + 0.456],
    ['2028-02-29T00:00Z', Date.UTC(2028, 1, 29)],
    ['0000-01-01T00:00Z', -62_167_219_200_000],
  ])('reads %s', (text, ms) => {
    expect(parseInstant(text)).toBeCloseTo(ms, 3);
  });

  it.each(['2026-03-06T15:04:05', '2026-03-06', '2026-03-06 15:04Z', '20260306T150405Z', '2026-3-6T15:04Z', '2026-02-29T00:00Z', '2026-03-06T24:00Z', '2026-03-06T15:60Z',
    '2026-03-06T15:04:60Z', '2026-03-06T15:04:05.Z', '2026-03-06T15:04+0100', '2026-03-06T15:04+24:00', '2026-03-06T15:04z', '+002026-03-06T15:04Z', ''])('refuses %j', (text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it('writes instants exactly as Date#toISOString does, from year 0 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
    }), { numRuns: 2000 });
  });

  it('rounds a fraction of a millisecond up, but not floating-point noise', () => {
    expect(formatInstant(Date.UTC(2026, 2, 6) + 0.4)).toBe('2026-03-06T00:00:00.001Z');
    expect(formatInstant(Date.UTC(2026, 2, 6) + 1e-4)).toBe('2026-03-06T00:00:00.000Z');
  });

  it('turns day numbers into dates and back', () => {
    fc.assert(fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (days) => {
      const { year, month, day } = civilFromDays(days);
      expect(daysFromCivil(year, month, day)).toBe(days);
    }));
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(daysFromCivil(2026, 3, 9)).toBe(Date.UTC(2026, 2, 9) / 86_400_000);
  });
});
