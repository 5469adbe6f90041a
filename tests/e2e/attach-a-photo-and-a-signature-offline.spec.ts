import { expect, test, type Locator } from '@playwright/test';
import { http, loginHttp } from '../support/api';
import { runCli } from '../support/cli';
import { newWorkOrder } from '../support/documents';
import { noiseBmp } from '../support/attachments';
import { testHashCost } from '../support/test-hash-cost';
import { chromiumArgs } from '../../playwright.config';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderPage } from './pages/work-order-page';
import { AttachmentsSection } from './pages/attachments-section';

// Chromium's fake camera (a moving test pattern), allowed without a prompt, stands in for the laptop's.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

const env = useCentralServer({
  demo: false,
  async prepare(dataDir) {
    for (const [username, role, name] of [['dcruz', 'supervisor', 'Dana Cruz'], ['asmith', 'technician', 'Al Smith']]) {
      const run = await runCli('create-user', [username!, '--role', role!, '--name', name!], { stdin: 'fielddesk\n', env: { DATA_DIR: dataDir, PASSWORD_HASH_COST: String(testHashCost) } });
      if (run.code !== 0) throw new Error(run.stderr);
    }
  },
});

/** Whether an <img> has drawn a real picture (its bytes arrived and decoded). */
const drawn = (img: Locator) => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0);

test('a technician attaches a camera photo and a signature with the server down, and a colleague sees them after sync', async ({ browser }) => {
  const boss = await loginHttp(env.server.url, 'dcruz');
  const tech = await loginHttp(env.server.url, 'asmith');
  const order = newWorkOrder({ createdBy: boss.user.id, assigneeId: tech.user.id, status: 'assigned', title: 'Badge printer jams' });
  expect(await http(env.server.url, '/sync/work-orders/push', { token: boss.token, body: [{ assumedMasterState: null, newDocumentState: order }] })).toMatchObject({ status: 200 });

  const techPage = await (await browser.newContext()).newPage();
  const techSync = new SyncIndicator(techPage);
  await techPage.goto(env.shell.url);
  await new LoginPage(techPage).signIn(env.server.url, 'asmith');
  await techSync.expectUpToDate();
  await new WorkOrderPage(techPage).open(env.shell.url, order.id);
  const techAttachments = new AttachmentsSection(techPage);

  // A file that is no picture is refused in plain words, and nothing is added.
  await techAttachments.chooseFile({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo, only words') });
  await expect(techAttachments.problem).toContainText('This file is not a picture FieldDesk can read.');
  await expect(techAttachments.tiles).toHaveCount(0);
  // Nor is a picture that no JPEG quality FieldDesk keeps brings within 400 KB (pure noise).
  await techAttachments.chooseFile({ name: 'static.bmp', mimeType: 'image/bmp', buffer: noiseBmp(1600, 1600) });
  await expect(techAttachments.problem).toContainText('even at the lowest quality FieldDesk keeps, and the limit is 400 KB.');
  await expect(techAttachments.tiles).toHaveCount(0);

  await env.server.stop();
  await techSync.expectOffline();
  await techAttachments.takePhoto('Jammed feed roller');
  await techAttachments.addSignature('Maria Lopez');
  for (const label of ['Photo: Jammed feed roller', 'Signature of Maria Lopez']) {
    await expect(techAttachments.tile(label)).toContainText('Kept on this device; sent when it is online.');
    await expect.poll(() => drawn(techAttachments.thumbnail(label))).toBe(true);
  }

  await env.restart();
  await techSync.expectOnlineAndSent();
  for (const label of ['Photo: Jammed feed roller', 'Signature of Maria Lopez']) {
    await expect(techAttachments.tile(label)).not.toContainText('Kept on this device', { timeout: 60_000 });
  }

  const bossPage = await (await browser.newContext()).newPage();
  await bossPage.goto(env.shell.url);
  await new LoginPage(bossPage).signIn(env.server.url, 'dcruz');
  await new SyncIndicator(bossPage).expectUpToDate();
  await new WorkOrderPage(bossPage).open(env.shell.url, order.id);
  const bossAttachments = new AttachmentsSection(bossPage);
  await expect(bossAttachments.tiles).toHaveCount(2);
  for (const label of ['Photo: Jammed feed roller', 'Signature of Maria Lopez']) {
    await expect.poll(() => drawn(bossAttachments.thumbnail(label)), { timeout: 60_000 }).toBe(true);
  }
  const photo = await bossAttachments.open('Photo: Jammed feed roller');
  const full = photo.getByRole('img', { name: 'Photo: Jammed feed roller' });
  await expect.poll(() => drawn(full)).toBe(true);
  // Scaled down on the technician's laptop: the fake camera's frame, no side over 1,600 px.
  const size = await full.evaluate((el) => ({ width: (el as HTMLImageElement).naturalWidth, height: (el as HTMLImageElement).naturalHeight }));
  expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(1600);
  await expect(photo).toContainText('px');
});
