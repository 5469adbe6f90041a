import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import { useCentralServer } from './pages/central-server';
import { signedIn } from './pages/signed-in';
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

// Through the first sync: local changes are sent only once it is complete.
async function device(browser: Browser, username: string) {
  const signed = await signedIn(browser, env, username);
  return { ...signed, order: new WorkOrderPage(signed.page) };
}

test('a technician whose offline edit was overridden sees it in plain words and re-applies it', async ({ browser }) => {
  const ana = await device(browser, 'tech01');
  const list = new WorkOrderListPage(ana.page);
  await list.filterStatus('Assigned');
  const id = await list.openFirst();
  const ben = await device(browser, 'tech02');
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
