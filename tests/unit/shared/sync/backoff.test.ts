import { describe, expect, it } from 'vitest';
import { backoffDelay } from '@shared/sync/backoff';

describe('reconnect backoff', () => {
  it.each([
    [0, 0.5, 1000],
    [1, 0.5, 2000],
    [4, 0.5, 16000],
    [5, 0.5, 30000],
    [50, 0.5, 30000],
    [0, 0, 800],
    [0, 1, 1200],
  ])('attempt %i with jitter %f waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, () => random)).toBe(expected);
  });
});
