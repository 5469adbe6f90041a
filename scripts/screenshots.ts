// `npm run screenshots`: the main screens in light and dark, saved to docs/screenshots. A small
// demo county on a real server, the production build of the renderer, Debian's Chromium.
// SCREENSHOTS_ONLY=list,work-order limits the screens (for a quick look while working).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { startServer } from '../src-server/server';
import { seedDemoCounty } from '../src-server/seed/demo-county';
import { serveRenderer } from '../tests/support/static-server';
import { freePort } from '../tests/support/free-port';
import { testHashCost } from '../tests/support/test-hash-cost';
import { waitForProgress } from '../bench/support/app-sync';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs/screenshots');
const only = process.env.SCREENSHOTS_ONLY?.split(',');

type Shot = { name: string; show: (page: Page) => Promise<void> };

const shots: Shot[] = [
  { name: 'work-orders', show: async (page) => {
    await page.getByRole('radiogroup', { name: 'Show' }).getByText(/^Everyone's/).click();
    await page.getByRole('list', { name: 'Work orders' }).getByRole('link').first().waitFor();
  } },
  { name: 'work-order', show: async (page) => {
    await page.getByRole('list', { name: 'Work orders' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  } },
  { name: 'command-palette', show: async (page) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.getByRole('textbox', { name: /Go to a work order/ }).fill('1001');
    await page.getByRole('button', { name: /WO-1001/ }).first().waitFor();
  } },
  { name: 'edits-to-review', show: async (page) => {
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Edits to review' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  } },
  { name: 'settings', show: async (page) => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Service levels' }).waitFor();
  } },
];

async function main(): Promise<void> {
  if (spawnSync('npx', ['electron-vite', 'build', '--outDir', join(root, 'out-production')], { cwd: root, stdio: 'inherit' }).status !== 0) throw new Error('the build failed');
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'fd-screenshots-'));
  const shellPort = await freePort();
  const server = await startServer({
    port: 0, host: '127.0.0.1', dataDir, demo: false,
    settings: { corsOrigins: [`http://127.0.0.1:${shellPort}`], passwordHashCost: testHashCost },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    await seedDemoCounty(server.db, { workOrders: 400, assets: 400, hashCost: testHashCost });
    const shell = await serveRenderer(server.url, { port: shellPort, dir: join(root, 'out-production/renderer') });
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1366, height: 800 }, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(shell.url);
      await page.getByLabel('Server address').fill(server.url);
      if (!only || only.includes('login')) await page.screenshot({ path: join(outDir, `login-${colorScheme}.png`) });
      await page.getByLabel('User name').fill('super01');
      await page.getByLabel('Password').fill('fielddesk');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await waitForProgress(page);
      for (const shot of shots) {
        await shot.show(page);
        if (!only || only.includes(shot.name)) await page.screenshot({ path: join(outDir, `${shot.name}-${colorScheme}.png`) });
      }
      await context.close();
    }
    await shell.close();
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`Saved the screenshots in ${outDir}`);
}

await main();
