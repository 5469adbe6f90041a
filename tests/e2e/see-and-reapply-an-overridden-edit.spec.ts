import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';
import { ConflictsPage } from './pages/conflicts-page';

const env = useCentralServer({ demoAssets: 300 });

/**
 * Cuts one browser's network. Chromium's offline emulation alone can let a request through on an
 * open connection, so requests to the server are also aborted as a lost network would.
 */
async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  if (offline) await context.route(`${env.server.url}/**`, (route) => route.abort('internetdisconnected'));
  else await context.unroute(`${env.server.url}/**`);
  await context.setOffline(offline);
}

async function signedIn(browser: Browser, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, username);
  const sync = new SyncIndicator(page);
  // RxDB starts sending local changes only once its first pull is complete.
  await sync.expectUpToDate();
  return { context, page, sync, order: new WorkOrderPage(page) };
}

test('a technician whose offline edit was overridden sees it in plain words and re-applies it', async ({ browser }) => {
  const ana = await signedIn(browser, 'tech01');
  const list = new WorkOrderListPage(ana.page);
  await list.filterStatus('Assigned');
  const id = await list.openFirst();
  const ben = await signedIn(browser, 'tech02');
  await ben.order.open(env.shell.url, id);
  await expect(ben.order.status).toHaveText('Assigned');

  await setOffline(ana.context, true);
  await setOffline(ben.context, true);
  await ana.order.putOnHold('Waiting for parts');
  await expect(ana.order.status).toHaveText('On hold (Waiting for parts)');
  await ben.page.getByRole('combobox', { name: 'New status' }).selectOption({ label: 'In progress' });
  await ben.page.getByRole('button', { name: 'Save status' }).click();
  await expect(ben.order.status).toHaveText('In progress');

  await setOffline(ben.context, false);
  await ben.sync.expectUpToDate();
  await setOffline(ana.context, false);
  await ana.sync.expectOnlineAndSent();

  await expect(ana.order.status).toHaveText('In progress');
  const conflicts = new ConflictsPage(ana.page);
  await expect(conflicts.link).toHaveText('1 edit not applied');
  await conflicts.open();
  await expect(conflicts.entries).toHaveCount(1);
  await expect(conflicts.entries.first()).toContainText('You set the status to “On hold”, but Ben Okafor changed it later to “In progress”, which was kept.');

  await conflicts.reapplyFirst();
  await expect(conflicts.link).toHaveCount(0);
  await ana.sync.expectOnlineAndSent();
  const { token } = await loginHttp(env.server.url, 'super01');
  await expect.poll(async () => (await pullAll(env.server.url, token, 'work-orders')).get(id)?.status).toBe('on-hold');
  await expect(ben.order.status).toHaveText('On hold (Waiting for parts)');
  await expect(ben.order.timelineEntry('Ana Morales set the status to “On hold”; “In progress”, set by Ben Okafor, was kept.')).toBeVisible();

  await ana.context.close();
  await ben.context.close();
});
