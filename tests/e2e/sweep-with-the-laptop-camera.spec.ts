import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Asset } from '@shared/schema/asset.schema';
import { chromiumArgs } from '../../playwright.config';
import { seedSmallCounty } from '../support/small-county';
import { siteFacts } from '../support/county-facts';
import { labelPng, writeFakeCameraVideo } from '../support/barcode-images';
import { useCentralServer } from './pages/central-server';
import { signedInLaptop } from './pages/laptop-network';
import { SweepPage } from './pages/sweep-page';
import { ScanTestPage } from './pages/scan-test-page';

// Chromium's fake camera plays a Code 128 label of one of the site's assets (as the Scan test spec does).
const video = join(tmpdir(), `fielddesk-sweep-camera-${process.pid}.y4m`);
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  },
});
const env = useCentralServer({ demo: false, prepare: (dataDir) => seedSmallCounty(dataDir, 300), links: 1 });
let facts: Awaited<ReturnType<typeof siteFacts>>;
test.beforeAll(async () => {
  facts = await siteFacts(env.server.url, 'site-004');
  writeFakeCameraVideo(video, await labelPng((facts.assets[0] as Asset).tag));
});
test.afterAll(() => rmSync(video, { force: true }));

test('with no network at all, the sweep screen reloads and an asset label held to the camera is decoded and verified once', async ({ browser }) => {
  const { site, assets } = facts;
  const asset = assets[0] as Asset;
  const { page, network, sync } = await signedInLaptop(browser, env.shell.url, env.links[0]!, 'super01');
  const sweep = new SweepPage(page);
  await sweep.openInventory();
  await sweep.openCampaign('Camera count', '2027-06-30', [site.name]);
  await sweep.joinSweep(site.name);
  await sweep.pickRoom(asset.building, asset.room);
  // The first visit installs the offline shell, the decoder's WebAssembly with it.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);

  // No network: neither the central server nor the web host that served the app can be reached.
  await network.goOffline();
  await env.stopShell();
  await page.reload();
  await expect(page.getByRole('heading', { name: `Sweep of ${site.name}` })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Room', exact: true })).toHaveValue(asset.room);
  await sync.expectOffline();
  await page.getByRole('button', { name: 'Use the camera' }).click();
  await new ScanTestPage(page).startCamera();
  await expect(sweep.result).toContainText(`Verified here: ${asset.tag}`, { timeout: 60_000 });
  await expect(sweep.count('Verified')).toHaveText('1');
  // The label stays in view: it is one scan, not one a frame.
  await page.waitForTimeout(3000);
  await expect(sweep.result).toHaveAttribute('data-scan', '1');

  await env.startShell();
  await network.goOnline();
  await sync.expectOnlineAndSent();
});
