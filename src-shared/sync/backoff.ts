/**
 * Delay before reconnect attempt `attempt` (0-based): 500 ms, then 1 s, with +-20 % jitter so a
 * county's laptops coming back after an outage do not all knock at once. Kept short on purpose:
 * the status must read online within 2 seconds of the server being reachable again, and a failed
 * attempt costs the server nothing (refused at once, or one small stream request).
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(1000, 500 * 2 ** Math.min(attempt, 10));
  return Math.round(base * (0.8 + 0.4 * random()));
}
