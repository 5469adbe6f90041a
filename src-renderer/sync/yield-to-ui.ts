type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

/**
 * Lets the page handle input and paint between two chunks of sync work. `scheduler.yield` keeps
 * this task's place in line; timers are the fallback (Node tests), and are throttled in hidden pages.
 */
export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as WithScheduler).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
