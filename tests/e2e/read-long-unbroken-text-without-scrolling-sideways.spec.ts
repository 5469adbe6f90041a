import { expect, test, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';

const env = useCentralServer({ demoAssets: 300 });

/** How far the page could scroll sideways: nothing, on every screen. */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('a technician pastes a 5,000-character log line into a note, and no screen scrolls sideways or has an unnamed control', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'tech01');
  await new SyncIndicator(page).expectUpToDate();

  const list = new WorkOrderListPage(page);
  await list.openFirst();
  const order = new WorkOrderPage(page);
  const word = `ERR${'x0'.repeat(2_498)}!`;
  expect(word).toHaveLength(5_000);
  await order.addNote(word);
  await expect(order.timelineEntry(word.slice(0, 40))).toBeVisible();
  expect(await sidewaysScroll(page)).toBe(0);
  const shell = new AppShell(page);
  expect(await shell.unnamedControls()).toEqual([]);

  // The note wraps inside the page's width: the entry is as wide as the timeline, no wider.
  const entry = await order.timelineEntry(word.slice(0, 40)).boundingBox();
  expect(entry?.width ?? Infinity).toBeLessThanOrEqual(1280);

  await page.keyboard.press('Escape');
  await expect(list.rows.first()).toBeVisible();
  expect(await sidewaysScroll(page)).toBe(0);
  expect(await shell.unnamedControls()).toEqual([]);
  for (const screen of ['Edits to review', 'Settings', 'Inventory']) {
    await shell.goTo(screen);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await sidewaysScroll(page)).toBe(0);
    expect(await shell.unnamedControls()).toEqual([]);
  }
  await shell.search('10');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await shell.unnamedControls()).toEqual([]);
  await context.close();
});
