// `npm run bench:work-orders`: the work-order list at county scale, in Chromium on the production
// build. A supervisor's device holds 10,000 work orders and 50,000 notes (synced from a real
// server); the bench opens the list, changes a filter, re-sorts, opens a work order and goes back,
// many times, and searches from the command palette (the last keystroke of a note's words, a
// requester's name, an asset tag), and prints p50 and p95 from input to painted result for each
// step and the longest main-thread task during them, beside the targets of issues 10 and 11
// (p95 < 100 ms, longest task < 50 ms).
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

/** What the search step types: words of a note, a requester's name, an asset's tag. */
type Queries = { notes: string[]; requesters: string[]; tags: string[] };

/**
 * The seed's notes, topped up to five per work order, spread over every work order so each page
 * has a timeline; the first work orders name the demo assets. Answers what the search step types.
 */
async function seed(server: Awaited<ReturnType<typeof startServer>>): Promise<Queries> {
  await seedDemoCounty(server.db, { workOrders, assets: 200, hashCost: testHashCost });
  const { rows: ids } = await server.db.query<{ id: string }>("SELECT id FROM documents WHERE collection = 'work-orders' ORDER BY id");
  const { rows: [have] } = await server.db.query<{ n: string }>("SELECT count(*) AS n FROM documents WHERE collection = 'work-order-notes'");
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const extra = Array.from({ length: Math.max(0, notes - Number(have?.n ?? 0)) }, (_, i) => ({
    id: uuidv7(), workOrderId: ids[i % ids.length]?.id ?? '', authorId: 'user-tech01', authorName: 'Ana Morales',
    kind: 'note', text: `Checked again (${i}).`, createdAt: at, updatedAt: at,
  }));
  await bulkLoad(server.db, 'work-order-notes', extra);
  const { rows: assets } = await server.db.query<{ id: string; tag: string }>("SELECT id, data->>'tag' AS tag FROM documents WHERE collection = 'assets' ORDER BY id");
  for (const [i, asset] of assets.entries()) {
    await server.db.query("UPDATE documents SET data = jsonb_set(data, '{assetId}', to_jsonb($1::text)) WHERE collection = 'work-orders' AND id = $2", [asset.id, ids[i]?.id ?? '']);
  }
  const { rows: requesters } = await server.db.query<{ name: string }>("SELECT DISTINCT data->'requester'->>'name' AS name FROM documents WHERE collection = 'work-orders' LIMIT 50");
  const pick = <T>(items: readonly T[], i: number) => items[(i * 7919) % Math.max(1, items.length)] as T;
  return {
    notes: Array.from({ length: rounds }, (_, i) => `checked again ${extra.length > 0 ? (i * 7919) % extra.length : 1}`),
    requesters: Array.from({ length: rounds }, (_, i) => pick(requesters, i)?.name ?? 'Ana'),
    tags: Array.from({ length: rounds }, (_, i) => pick(assets, i)?.tag ?? 'CTY'),
  };
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

const sortColumns = ['Title', 'Updated', 'Site', 'Status', 'Assignee', 'Number', 'Priority', 'Due'];

/** Opens the command palette and types all of `query` but its last character, outside the timing. */
async function typeAllButLast(page: Page, query: string): Promise<void> {
  // The top bar's search box: Ctrl+K is not taken while a form control (the list's filters) has the focus.
  await page.getByRole('button', { name: /^Search: go to a work order/ }).click();
  const box = page.getByRole('textbox', { name: 'Go to a work order, an asset or a screen' });
  await box.fill(query.slice(0, -1));
  await page.locator(`[data-query="${query.slice(0, -1).replace(/"/g, '\\"')}"]`).waitFor();
}

async function measure(page: Page, queries: Queries): Promise<{ figures: Map<Step['kind'], number[]>; longestTask: number }> {
  const figures = new Map<Step['kind'], number[]>();
  const windows: [number, number][] = [];
  await page.evaluate(() => (window.longTaskEntries = []));
  const timed = async (step: Step) => {
    const { ms, start } = await timedStep(page, step);
    figures.set(step.kind, [...(figures.get(step.kind) ?? []), ms]);
    windows.push([start, start + ms]);
  };
  // Search is timed once the index holds every note (until then the palette matches titles only).
  if (queries.notes[0]) {
    await typeAllButLast(page, queries.notes[0]);
    await page.getByRole('textbox', { name: 'Go to a work order, an asset or a screen' }).fill(queries.notes[0]);
    await page.getByText('found in its notes').first().waitFor({ timeout: 300_000 });
    await page.keyboard.press('Escape');
  }
  for (let round = 0; round < rounds; round++) {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Service levels' }).waitFor();
    await timed({ kind: 'open-list' });
    await timed({ kind: 'filter', status: round % 2 === 0 ? 'all' : 'open' });
    await timed({ kind: 'sort', column: sortColumns[round % sortColumns.length] ?? 'Title' });
    await timed({ kind: 'open-work-order', row: round % 8 });
    await timed({ kind: 'go-back' });
    for (const query of [queries.notes[round], queries.requesters[round], queries.tags[round]]) {
      if (!query) continue;
      await typeAllButLast(page, query);
      await timed({ kind: 'search', query });
      await page.keyboard.press('Escape');
    }
  }
  const tasks = (await page.evaluate(() => window.longTaskEntries ?? [])) as [number, number][];
  const during = tasks.filter(([start, duration]) => windows.some(([from, to]) => start < to && start + duration > from));
  return { figures, longestTask: Math.max(0, ...during.map(([, duration]) => duration)) };
}

const labels: Record<Step['kind'], string> = {
  'open-list': 'open the list', filter: 'change a filter', sort: 're-sort', 'open-work-order': 'open a work order', 'go-back': 'go back to the list',
  search: 'search (last key)',
};
const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

async function main(): Promise<void> {
  if (spawnSync('npx', ['electron-vite', 'build', '--outDir', join(root, 'out-production')], { cwd: root, stdio: 'ignore' }).status !== 0) throw new Error('the build failed');
  const dataDir = mkdtempSync(join(tmpdir(), 'fd-bench-list-'));
  const shellPort = await freePort();
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, demo: false, settings: { corsOrigins: [`http://127.0.0.1:${shellPort}`], passwordHashCost: testHashCost } });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    const queries = await seed(server);
    const shell = await serveRenderer(server.url, { port: shellPort, dir: join(root, 'out-production/renderer') });
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 800 } })).newPage();
    // tsx compiles the bench with esbuild's keepNames, which wraps functions passed to the page in `__name`.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.addInitScript(() => {
      window.longTaskEntries = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTaskEntries?.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
    });
    await signIn(page, shell.url, server.url);
    const { figures, longestTask } = await measure(page, queries);
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
