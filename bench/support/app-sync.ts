import type { Page } from '@playwright/test';

declare global {
  interface Window {
    longTasks?: number[];
  }
}

/** Waits until the app has pulled up to `total` changes and its replications are idle. */
export async function waitForProgress(page: Page, total?: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const bar = document.querySelector('[data-testid=sync-progress]');
      const done = Number(bar?.getAttribute('data-done'));
      return bar?.getAttribute('data-complete') === 'true' && (expected === undefined || done >= expected) && !document.querySelector('[data-testid=sync-busy]');
    },
    total,
    { timeout: Number(process.env.BENCH_TIMEOUT_MS ?? 900_000), polling: 50 },
  ).catch(async (error: unknown) => {
    await page.screenshot({ path: '/tmp/bench-timeout.png' });
    throw error;
  });
}

/**
 * Signs a fresh client in and times its first full sync, sampling the JS heap and the progress
 * bar, and collecting long tasks (what a technician would feel as a frozen screen).
 */
export async function measureAppSync(page: Page, shellUrl: string, serverUrl: string) {
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks?.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(shellUrl);
  await page.getByLabel('Server address').fill(serverUrl);
  await page.getByLabel('User name').fill('super01');
  await page.getByLabel('Password').fill('fielddesk');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  const steps = new Set<string>();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      const done = await page.getByTestId('sync-progress').getAttribute('data-done', { timeout: 200 }).catch(() => null);
      if (done) steps.add(done);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  await page.evaluate(() => (window.longTasks = []));
  const started = performance.now();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForProgress(page);
  const ms = performance.now() - started;
  sampling = false;
  await sampler;
  const longTasks = (await page.evaluate(() => window.longTasks ?? [])) as number[];
  return {
    ms,
    peakHeapMb: peakHeap / 1024 / 1024,
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    progressSteps: steps.size,
  };
}
