import { expect, test } from '@playwright/test';
import { http, loginHttp } from '../support/api';
import { newNote } from '../support/documents';
import { useCentralServer } from './pages/central-server';
import { signedIn } from './pages/signed-in';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';
import { AppShell } from './pages/app-shell';

const env = useCentralServer({ demoAssets: 300 });

test("a technician finds work orders offline by a word of a colleague's note, of their own note, and by the requester", async ({ browser }) => {
  const { context, page, sync } = await signedIn(browser, env, 'tech01');
  const list = new WorkOrderListPage(page);
  await expect(list.rows.nth(1)).toBeVisible();
  const mine = await list.openFirst();
  const workOrder = new WorkOrderPage(page);
  const number = await page.getByTestId('work-order-number').textContent();
  const requester = (await page.getByText(/^Requester$/).locator('xpath=following-sibling::*[1]').textContent())?.split(',')[0] ?? '';

  // A supervisor writes on the same work order from the office: the note arrives by sync.
  const office = await loginHttp(env.server.url, 'super01');
  const note = newNote(mine, { authorId: office.user.id, authorName: office.user.name, text: 'Vendor says the fuser assembly is on backorder' });
  const pushed = await http(env.server.url, '/sync/work-order-notes/push', { token: office.token, body: [{ assumedMasterState: null, newDocumentState: note }] });
  expect(pushed.status).toBe(200);
  await expect(workOrder.timeline.filter({ hasText: 'fuser assembly' })).toBeVisible();

  await env.server.stop();
  await sync.expectOffline();
  await workOrder.addNote('Swapped the drum unit, asked the clerk to print a test page');

  const shell = new AppShell(page);
  const results = page.getByRole('dialog');
  for (const [query, why] of [['fuser backord', 'found in its notes'], ['drum unit', 'found in its notes'], [`${requester} ${number?.replace('WO-', '')}`, requester]] as const) {
    await shell.searchFromTopBar(query);
    const found = results.getByRole('button', { name: new RegExp(`^${number} `) });
    await expect(found).toBeVisible();
    await expect(found).toContainText(why);
    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
  }
  await shell.searchFromTopBar('drum unit');
  await results.getByRole('button', { name: new RegExp(`^${number} `) }).click();
  await expect(page.getByTestId('work-order-number')).toHaveText(number ?? 'missing');

  // Words that are nowhere find nothing, and say so in plain words.
  await shell.searchFromTopBar('zebra xylophone');
  await expect(results.getByText(/Nothing matches/)).toBeVisible();
  await context.close();
});
