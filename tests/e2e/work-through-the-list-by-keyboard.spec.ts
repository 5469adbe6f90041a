import { expect, test } from '@playwright/test';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { AppShell } from './pages/app-shell';

const env = useCentralServer({ demoAssets: 300 });

test("a supervisor works through everyone's work orders by keyboard, comes back to where they were, and reaches the palette with Ctrl+K from a text box", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'super01');
  await new SyncIndicator(page).expectUpToDate();
  const list = new WorkOrderListPage(page);
  await list.showScope("Everyone's");
  // The count of each scope shows at once, not a placeholder.
  await expect(list.scope("Everyone's")).toHaveAccessibleName(/^Everyone's [\d,]+$/);
  await expect(list.count).toHaveText(/^[\d,]+ work orders$/);

  // `/` focuses the filter; arrows go down the rows; Enter opens the one focused.
  await page.keyboard.press('/');
  await expect(list.filter).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = list.rows.nth(2).getByRole('link');
  await expect(third).toBeFocused();
  // The number column also holds the row's badges (pending, a client due an update): only the number.
  const [number] = await list.rows.nth(2).evaluateAll((rows) => rows.map((r) => r.querySelector('[data-column=number]')?.textContent?.match(/WO-\d+/)?.[0] ?? ''));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('work-order-number')).toHaveText(number ?? 'missing');

  // Esc goes back to the list, to the row it came from.
  await page.keyboard.press('Escape');
  await expect(third).toBeFocused();

  // Sort, filter and scroll far down; after a work order and back, all three are as they were.
  await list.sortBy('Title');
  await expect(page.getByRole('button', { name: 'Title, sorted ascending' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Any status' });
  await list.rows.first().getByRole('link').focus();
  await page.keyboard.press('End');
  const last = list.rows.last().getByRole('link');
  await expect(last).toBeFocused();
  const lastNumber = (await last.locator('[data-column=number]').textContent())?.match(/WO-\d+/)?.[0];
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('work-order-number')).toHaveText(lastNumber ?? 'missing');
  await new AppShell(page).goTo('Work orders');
  await expect(page.getByRole('button', { name: 'Title, sorted ascending' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('all');
  await expect(page.locator(':focus [data-column=number]')).toHaveText(new RegExp(`^${lastNumber ?? 'missing'}(\\D|$)`));

  // Ctrl+K opens the palette from a text box too, the list's filter with words typed in it.
  await list.filter.fill('printer');
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('textbox', { name: 'Go to a work order, an asset or a screen' })).toBeFocused();
  await context.close();
});
