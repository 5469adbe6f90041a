import { expect, test } from '@playwright/test';
import { http, loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { StorageQuota } from './pages/storage-quota';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';

const env = useCentralServer();
const outOfSpace = 'This laptop is out of storage space: FieldDesk keeps everything it has and stops downloading until space is freed.';

/** A supervisor moves `count` assets on the server: changes the technician's laptop has to store. */
async function moveAssets(count: number): Promise<void> {
  const { token, user } = await loginHttp(env.server.url, 'super01');
  const assets = [...(await pullAll(env.server.url, token, 'assets')).values()].slice(0, count);
  const rows = assets.map((doc) => ({
    assumedMasterState: doc,
    newDocumentState: { ...doc, room: 'Storeroom B', updatedAt: new Date().toISOString(), updatedBy: user.id },
  }));
  const answer = await http(env.server.url, '/sync/assets/push', { token, body: rows });
  expect(answer.status).toBe(200);
}

test('a technician whose laptop runs out of space keeps their edits, and sync finishes once space is freed', async ({ browser }) => {
  // A first sync of the demo county, a wait for Chromium's cached allowance, a recovery: slow on 2 cores.
  test.setTimeout(600_000);
  const context = await browser.newContext();
  // Records that the app asked to keep its storage (the grant itself is the browser's decision).
  await context.addInitScript(() => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    storage.persist = () => (sessionStorage.setItem('fielddesk-test:persist-asked', 'yes'), persist());
  });
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'tech01');
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate(300_000);
  expect(await page.evaluate(() => sessionStorage.getItem('fielddesk-test:persist-asked'))).toBe('yes');

  const list = new WorkOrderListPage(page);
  await list.filterStatus('Assigned');
  const id = await list.openFirst();
  const order = new WorkOrderPage(page);

  // Offline, the technician records their work; it waits on the laptop to be sent.
  await env.server.stop();
  await sync.expectOffline();
  await order.putOnHold('Waiting for parts');
  await order.addNote('Replaced the fuser; toner low, ordered.');
  await expect(sync.pending).toHaveText('2 pending');

  // The disk fills up while the laptop is away from the network.
  const quota = await StorageQuota.of(page);
  await quota.fill();

  // Back online, sync has more to store than there is room for.
  await env.restart();
  await moveAssets(300);
  await expect(sync.storageTrouble).toHaveText(outOfSpace, { timeout: 60_000 });
  await expect(sync.state).toHaveText('Storage full');
  await expect(sync.state).not.toHaveText('Online');
  // Nothing already stored is lost: the edits are on screen and still counted until acknowledged.
  await expect(order.status).toHaveText('On hold (Waiting for parts)');
  await expect(order.timelineEntry('Replaced the fuser')).toBeVisible();
  await page.reload();
  await expect(order.timelineEntry('Replaced the fuser')).toBeVisible();
  await expect(sync.storageTrouble).toHaveText(outOfSpace, { timeout: 60_000 });

  // Space is freed: sync recovers on its own, sends everything and stores what it was missing.
  await quota.free();
  await expect(sync.storageTrouble).toHaveCount(0, { timeout: 60_000 });
  await sync.expectUpToDate();
  const { token } = await loginHttp(env.server.url, 'super02');
  expect((await pullAll(env.server.url, token, 'work-orders')).get(id)).toMatchObject({ status: 'on-hold', holdReason: 'waiting-for-parts' });
  const notes = [...(await pullAll(env.server.url, token, 'work-order-notes')).values()];
  expect(notes.filter((n) => n.workOrderId === id).map((n) => n.text)).toContain('Replaced the fuser; toner low, ordered.');
  await context.close();
});
