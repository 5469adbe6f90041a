// `npm run bench:work-orders`: the work-order list at county scale, in Chromium on the production
// build. A supervisor's device holds 10,000 work orders and 50,000 notes (synced from a real
// server); the bench opens the list, changes a filter, re-sorts, opens a work order and goes back,
// many times, and prints p50 and p95 from input to painted result for each step and the longest
// main-thread task during them, beside the targets of issue 10 (p95 < 100 ms, longest task < 50 ms).
// BENCH_LIST_WORK_ORDERS sets the size (notes: five per work order); BENCH_LIST_ROUNDS the repeats.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { startServer } from '../src-server/server';
import { seedDemoCounty } from '../src-server/seed/demo-county';
import { bulkLoad } from '../src-server/seed/bulk-load';
import { serveRenderer } from '../tests/support/static-server';
import { freePort } from '../tests/support/free-port';
import { testHashCost } from '../tests/support/test-hash-cost';
import { waitForProgress } from './support/app-sync';
import { percentile, timedStep, type Step } from './support/timed-step';

const root = fileURLToPath(new URL('..', import.meta.url));
const workOrders = Number(process.env.BENCH_LIST_WORK_ORDERS ?? 10_000);
const notes = workOrders * 5;
const rounds = Number(process.env.BENCH_LIST_ROUNDS ?? 20);
const targets = { p95: 100, longestTask: 50 };

/** The seed's notes, topped up to five per work order, spread over every work order so each page has a timeline. */
async function seed(server: Awaited<ReturnType<typeof startServer>>): Promise<void> {
  await seedDemoCounty(server.db, { workOrders, assets: 200, hashCost: testHashCost });
  const { rows: ids } = await server.db.query<{ id: string }>("SELECT id FROM documents WHERE collection = 'work-orders' ORDER BY id");
  const { rows: [have] } = await server.db.query<{ n: string }>("SELECT count(*) AS n FROM documents WHERE collection = 'work-order-notes'");
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const extra = Array.from({ length: Math.max(0, notes - Number(have?.n ?? 0)) }, (_, i) => ({
    id: uuidv7(), workOrderId: ids[i % ids.length]?.id ?? '', authorId: 'user-tech01', authorName: 'Ana Morales',
    kind: 'note', text: `Checked again (${i}).`, createdAt: at, updatedAt: at,
  }));
  await bulkLoad(server.db, 'work-order-notes', extra);
}

async function signIn(page: Page, shellUrl: string, serverUrl: string): Promise<void> {
  await page.goto(shellUrl);
  await page.getByLabel('Server address').fill(serverUrl);
  await page.getByLabel('User name').fill('super01');
  await page.getByLabel('Password').fill('fielddesk');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await waitForProgress(page);
  await page.getByRole('radiogroup', { name: 'Show' }).getByText(/^Everyone's/).click();
}

const sortColumns = ['Title', 'Updated', 'Site', 'Status', 'Assignee', 'Number', 'Priority'];

async function measure(page: Page): Promise<{ figures: Map<Step['kind'], number[]>; longestTask: number }> {
  const figures = new Map<Step['kind'], number[]>();
  const windows: [number, number][] = [];
  await page.evaluate(() => (window.longTaskEntries = []));
  const timed = async (step: Step) => {
    const { ms, start } = await timedStep(page, step);
    figures.set(step.kind, [...(figures.get(step.kind) ?? []), ms]);
    windows.push([start, start + ms]);
  };
  for (let round = 0; round < rounds; round++) {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Service levels' }).waitFor();
    await timed({ kind: 'open-list' });
    await timed({ kind: 'filter', status: round % 2 === 0 ? 'all' : 'open' });
    await timed({ kind: 'sort', column: sortColumns[round % sortColumns.length] ?? 'Title' });
    await timed({ kind: 'open-work-order', row: round % 8 });
    await timed({ kind: 'go-back' });
  }
  const tasks = (await page.evaluate(() => window.longTaskEntries ?? [])) as [number, number][];
  const during = tasks.filter(([start, duration]) => windows.some(([from, to]) => start < to && start + duration > from));
  return { figures, longestTask: Math.max(0, ...during.map(([, duration]) => duration)) };
}

const labels: Record<Step['kind'], string> = {
  'open-list': 'open the list', filter: 'change a filter', sort: 're-sort', 'open-work-order': 'open a work order', 'go-back': 'go back to the list',
};
const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

async function main(): Promise<void> {
  if (spawnSync('npx', ['electron-vite', 'build', '--outDir', join(root, 'out-production')], { cwd: root, stdio: 'ignore' }).status !== 0) throw new Error('the build failed');
  const dataDir = mkdtempSync(join(tmpdir(), 'fd-bench-list-'));
  const shellPort = await freePort();
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, demo: false, settings: { corsOrigins: [`http://127.0.0.1:${shellPort}`], passwordHashCost: testHashCost } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    await seed(server);
    const shell = await serveRenderer(server.url, { port: shellPort, dir: join(root, 'out-production/renderer') });
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 800 } })).newPage();
    // tsx compiles the bench with esbuild's keepNames, which wraps functions passed to the page in `__name`.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.addInitScript(() => {
      window.longTaskEntries = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTaskEntries?.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
    });
    await signIn(page, shell.url, server.url);
    const { figures, longestTask } = await measure(page);
    console.log(`\nWork-order list: ${workOrders.toLocaleString('en-US')} work orders and ${notes.toLocaleString('en-US')} notes on the device, ${rounds} rounds (Chromium, production build)`);
    // Wall-clock figures: on a machine shared with other work they include the time other processes held the cores.
    console.log(`  machine load during the run: ${loadavg()[0]?.toFixed(1)} (1-minute average) on ${cpus().length} cores`);
    console.log(`  ${'step'.padEnd(22)}${'p50'.padStart(8)}${'p95'.padStart(9)}   target p95`);
    const misses: string[] = [];
    for (const [kind, values] of figures) {
      const p95 = percentile(values, 95);
      if (p95 >= targets.p95) misses.push(labels[kind]);
      console.log(`  ${labels[kind].padEnd(22)}${ms(percentile(values, 50))}${ms(p95).padStart(9)}   < ${targets.p95} ms ${p95 < targets.p95 ? 'met' : 'MISSED'}`);
    }
    if (longestTask >= targets.longestTask) misses.push('longest task');
    console.log(`  ${'longest main-thread task'.padEnd(30)}${ms(longestTask).padStart(9)}   < ${targets.longestTask} ms ${longestTask < targets.longestTask ? 'met' : 'MISSED'}`);
    console.log(misses.length ? `Targets missed: ${misses.join(', ')}.` : 'Every target met.');
    await shell.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

declare global {
  interface Window {
    longTaskEntries?: [number, number][];
  }
}

await main();
