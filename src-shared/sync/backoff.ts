/**
 * Delay before reconnect attempt `attempt` (0-based): 1 s doubling to at most 30 s, with +-20 %
 * jitter so a county's laptops coming back after an outage do not all knock at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.8 + 0.4 * random()));
}
