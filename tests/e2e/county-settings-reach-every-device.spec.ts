import { expect, test } from '@playwright/test';
import { http, loginHttp } from '../support/api';
import { runCli } from '../support/cli';
import { newWorkOrder } from '../support/documents';
import { testHashCost } from '../support/test-hash-cost';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { CountySettingsPage } from './pages/county-settings-page';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';

// A county's own server, not the demo: its accounts made with `npm run create-user`, and its
// settings only the reference data every server loads at start.
const env = useCentralServer({
  demo: false,
  async prepare(dataDir) {
    for (const [username, role, name] of [['dcruz', 'supervisor', 'Dana Cruz'], ['asmith', 'technician', 'Al Smith']]) {
      const run = await runCli('create-user', [username!, '--role', role!, '--name', name!], { stdin: 'fielddesk\n', env: { DATA_DIR: dataDir, PASSWORD_HASH_COST: String(testHashCost) } });
      if (run.code !== 0) throw new Error(run.stderr);
    }
  },
});

test("a supervisor changes a service-level target with the server down, and a technician's device receives it", async ({ browser }) => {
  const techPage = await (await browser.newContext()).newPage();
  await techPage.goto(env.shell.url);
  await new LoginPage(techPage).signIn(env.server.url, 'asmith');
  await new SyncIndicator(techPage).expectUpToDate();
  const techSettings = new CountySettingsPage(techPage);
  await techSettings.open();
  await expect(techSettings.targetRow('P1 Critical')).toContainText('30 minutes');
  // A technician reads the settings; only a supervisor gets the form.
  await expect(techPage.getByText('Only a supervisor can change these settings.')).toBeVisible();
  await expect(techPage.getByLabel('P1 Critical response target (hours)')).toHaveCount(0);

  const bossPage = await (await browser.newContext()).newPage();
  const bossSync = new SyncIndicator(bossPage);
  await bossPage.goto(env.shell.url);
  await new LoginPage(bossPage).signIn(env.server.url, 'dcruz');
  await bossSync.expectUpToDate();
  const settings = new CountySettingsPage(bossPage);
  await settings.open();
  await expect(settings.versionLine).toHaveText('In force: version 1, as shipped with FieldDesk.');

  await env.server.stop();
  await bossSync.expectOffline();
  await settings.setResponseTarget('P1 Critical', '0.75');
  await settings.setAmberPercent('150');
  await settings.saveServiceLevels();
  await expect(settings.problems).toContainText('The amber warning is a percentage of the target above 0 and below 100, such as 75.');
  await settings.setAmberPercent('80');
  await settings.addHoliday('2026-12-31');
  await settings.saveServiceLevels();
  await expect(settings.saved).toHaveText('Saved as version 2. It reaches the other devices through the central server as soon as this device is online.');
  await expect(settings.versionLine).toContainText('In force: version 2, saved by Dana Cruz');
  await expect(settings.versionLine).toContainText('not sent yet');
  await expect(bossSync.pending).toHaveText('1 pending');

  await env.restart();
  await bossSync.expectOnlineAndSent();
  await expect(settings.versionLine).not.toContainText('not sent yet');
  await expect(techSettings.targetRow('P1 Critical')).toContainText('45 minutes', { timeout: 60_000 });
  await expect(techSettings.serviceLevels).toContainText('A clock turns amber at 80 % of its target.');
  await expect(techSettings.serviceLevels).toContainText('Thu, Dec 31, 2026');
});

test('a technician sees the category of a work order by the name the reference data gives it', async ({ browser }) => {
  const boss = await loginHttp(env.server.url, 'dcruz');
  const tech = await loginHttp(env.server.url, 'asmith');
  const order = newWorkOrder({ createdBy: boss.user.id, assigneeId: tech.user.id, status: 'assigned', category: 'printer-peripheral', title: 'Badge printer offline' });
  expect(await http(env.server.url, '/sync/work-orders/push', { token: boss.token, body: [{ assumedMasterState: null, newDocumentState: order }] })).toMatchObject({ status: 200 });

  const page = await (await browser.newContext()).newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'asmith');
  await new SyncIndicator(page).expectUpToDate();
  await new WorkOrderListPage(page).openFirst();
  await expect(new WorkOrderPage(page).category).toHaveText('Printer or peripheral');
});

test("a supervisor shortens the interval for client updates, and a technician's list flags the client who has waited longer", async ({ browser }) => {
  const boss = await loginHttp(env.server.url, 'dcruz');
  const tech = await loginHttp(env.server.url, 'asmith');
  const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000).toISOString();
  const order = newWorkOrder({ createdBy: boss.user.id, assigneeId: tech.user.id, status: 'assigned', title: 'Scanner at the front desk', createdAt: threeHoursAgo, updatedAt: threeHoursAgo });
  expect(await http(env.server.url, '/sync/work-orders/push', { token: boss.token, body: [{ assumedMasterState: null, newDocumentState: order }] })).toMatchObject({ status: 200 });

  const techPage = await (await browser.newContext()).newPage();
  await techPage.goto(env.shell.url);
  await new LoginPage(techPage).signIn(env.server.url, 'asmith');
  await new SyncIndicator(techPage).expectUpToDate();
  const row = new WorkOrderListPage(techPage).rows.filter({ hasText: 'Scanner at the front desk' });
  await expect(row).toBeVisible();
  // Three hours is within the shipped 24.
  await expect(row).not.toContainText('update client');

  const bossPage = await (await browser.newContext()).newPage();
  await bossPage.goto(env.shell.url);
  await new LoginPage(bossPage).signIn(env.server.url, 'dcruz');
  await new SyncIndicator(bossPage).expectUpToDate();
  await new CountySettingsPage(bossPage).open();
  const clientUpdates = bossPage.getByRole('region', { name: 'Client updates' });
  await expect(clientUpdates.getByTestId('version-line')).toHaveText('In force: version 1, as shipped with FieldDesk.');
  const hours = clientUpdates.getByRole('textbox', { name: 'Update each client at least every (hours)' });
  await expect(hours).toHaveValue('24');
  await hours.fill('0');
  await clientUpdates.getByRole('button', { name: 'Save client updates' }).click();
  await expect(clientUpdates.getByRole('alert')).toContainText('Enter a whole number of hours from 1 to 720 (30 days).');
  await hours.fill('2');
  await clientUpdates.getByRole('button', { name: 'Save client updates' }).click();
  await expect(clientUpdates.getByRole('status')).toContainText('Saved as version 2.');

  await expect(row).toContainText('update client', { timeout: 60_000 });
  const techSettings = new CountySettingsPage(techPage);
  await techSettings.open();
  await expect(techPage.getByRole('region', { name: 'Client updates' })).toContainText('at least every 2 hours');
});
