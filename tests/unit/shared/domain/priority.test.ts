import { describe, expect, it } from 'vitest';
import { derivePriority, slaDueTimes, type Level, type Priority } from '@shared/domain/priority';

describe('priority from impact x urgency', () => {
  it.each<[Level, Level, Priority]>([
    [1, 1, 1], [1, 2, 2], [1, 3, 3],
    [2, 1, 2], [2, 2, 3], [2, 3, 4],
    [3, 1, 3], [3, 2, 4], [3, 3, 5],
  ])('impact %i, urgency %i -> P%i', (impact, urgency, priority) => {
    expect(derivePriority(impact, urgency)).toBe(priority);
  });
});

describe('SLA due times', () => {
  const opened = new Date('2026-11-23T08:00:00.000Z');
  it.each<[Priority, string, string]>([
    [1, '2026-11-23T08:30:00.000Z', '2026-11-23T12:00:00.000Z'],
    [3, '2026-11-23T12:00:00.000Z', '2026-11-26T08:00:00.000Z'],
    [5, '2026-11-24T08:00:00.000Z', '2026-12-03T08:00:00.000Z'],
  ])('P%i opened at 08:00 must be answered by %s and resolved by %s', (priority, response, resolution) => {
    expect(slaDueTimes(priority, opened)).toEqual({ responseDueAt: response, resolutionDueAt: resolution });
  });

  it('uses the targets it is given instead of the defaults', () => {
    const targets = { 1: { responseMinutes: 5, resolutionMinutes: 60 } } as never;
    expect(slaDueTimes(1, opened, targets)).toEqual({ responseDueAt: '2026-11-23T08:05:00.000Z', resolutionDueAt: '2026-11-23T09:00:00.000Z' });
  });
});
