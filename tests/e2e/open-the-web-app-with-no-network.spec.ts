import { expect, test } from '@playwright/test';
import { loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import { useCentralServer } from './pages/central-server';
import { signedInLaptop } from './pages/laptop-network';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';

const env = useCentralServer({ demoAssets: 300, links: 1 });

const note = 'Checked the patch panel in room 114: port 12 re-punched.';

test('a technician on the web host reloads the app with no network at all, keeps working, and the edit reaches the server', async ({ browser }) => {
  const { context, page, network, sync } = await signedInLaptop(browser, env.shell.url, env.links[0]!, 'tech01');
  // The first visit installs the offline shell; from then on this page is served by it.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);

  const list = new WorkOrderListPage(page);
  await list.filterStatus('Assigned');
  const id = await list.openFirst();
  const order = new WorkOrderPage(page);
  await expect(order.status).toHaveText('Assigned');

  // No network at all: the central server and the web host that served the app are both out of reach.
  await network.goOffline();
  await env.stopShell();
  await page.reload();
  await expect(order.status).toHaveText('Assigned');
  await sync.expectOffline();

  await order.addNote(note);
  await expect(order.timelineEntry(note)).toContainText('pending');

  await env.startShell();
  await network.goOnline();
  await sync.expectOnlineAndSent();
  await expect(order.timelineEntry(note)).not.toContainText('pending');
  const { token } = await loginHttp(env.server.url, 'super01');
  const notes = [...(await pullAll(env.server.url, token, 'work-order-notes')).values()];
  expect(notes.filter((n) => n.workOrderId === id).map((n) => n.text)).toContain(note);
  await context.close();
});
