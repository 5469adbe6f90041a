import { describe, expect, it } from 'vitest';
import { derivePriority, type Level, type Priority } from '@shared/domain/priority';

describe('priority from impact x urgency', () => {
  it.each<[Level, Level, Priority]>([
    [1, 1, 1], [1, 2, 2], [1, 3, 3],
    [2, 1, 2], [2, 2, 3], [2, 3, 4],
    [3, 1, 3], [3, 2, 4], [3, 3, 5],
  ])('impact %i, urgency %i -> P%i', (impact, urgency, priority) => {
    expect(derivePriority(impact, urgency)).toBe(priority);
  });
});
