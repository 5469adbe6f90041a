import { describe, expect, it } from 'vitest';
import { backoffDelay } from '@shared/sync/backoff';

describe('reconnect backoff', () => {
  it.each([
    [0, 0.5, 500],
    [1, 0.5, 1000],
    [4, 0.5, 1000],
    [50, 0.5, 1000],
    [0, 0, 400],
    [1, 1, 1200],
  ])('attempt %i with jitter %f waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, () => random)).toBe(expected);
  });
});
