import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { useCentralServer } from './pages/central-server';
import { signedIn } from './pages/signed-in';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';
import { ConflictsPage } from './pages/conflicts-page';

const env = useCentralServer({ demoAssets: 300 });

/** Cuts one device's network: Chromium's offline switch, and requests to the server aborted as a lost network would. */
async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  if (offline) await context.route(`${env.server.url}/**`, (route) => route.abort('internetdisconnected'));
  else await context.unroute(`${env.server.url}/**`);
  await context.setOffline(offline);
}

/** A device of its own (a browser profile), signed in and through its first sync. */
async function device(browser: Browser, username: string) {
  const signed = await signedIn(browser, env, username);
  return { ...signed, order: new WorkOrderPage(signed.page), conflicts: new ConflictsPage(signed.page) };
}

test('a technician dismisses an overridden edit on the laptop, and the desktop no longer lists it', async ({ browser }) => {
  const laptop = await device(browser, 'tech01');
  const desktop = await device(browser, 'tech01');
  const colleague = await device(browser, 'tech02');
  const list = new WorkOrderListPage(laptop.page);
  await list.filterStatus('Assigned');
  const id = await list.openFirst();
  await colleague.order.open(env.shell.url, id);
  await expect(colleague.order.status).toHaveText('Assigned');

  // Offline on the laptop the technician puts it on hold; a colleague starts it later.
  await setOffline(laptop.context, true);
  await laptop.order.putOnHold('Waiting for parts');
  await colleague.page.getByRole('combobox', { name: 'New status' }).selectOption({ label: 'In progress' });
  await colleague.page.getByRole('button', { name: 'Save status' }).click();
  await colleague.sync.expectOnlineAndSent();
  await setOffline(laptop.context, false);
  await laptop.sync.expectOnlineAndSent();

  // Both of the technician's devices list the edit that was not applied.
  await expect(laptop.conflicts.link).toHaveText('1 edit not applied');
  await expect(desktop.conflicts.link).toHaveText('1 edit not applied');

  await laptop.conflicts.open();
  await laptop.conflicts.dismissFirst();
  await expect(laptop.conflicts.link).toHaveCount(0);
  await laptop.sync.expectOnlineAndSent();
  await expect(desktop.conflicts.link).toHaveCount(0);
  // The decision is on the work order's timeline, in words.
  await desktop.order.open(env.shell.url, id);
  await expect(desktop.order.timelineEntry('Kept the later change to the status; my overridden edit is dismissed.')).toBeVisible();

  await Promise.all([laptop.context.close(), desktop.context.close(), colleague.context.close()]);
});
