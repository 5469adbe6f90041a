import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { runCli } from '../support/cli';
import { labelPng, writeFakeCameraVideo } from '../support/barcode-images';
import { testHashCost } from '../support/test-hash-cost';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { ScanTestPage } from './pages/scan-test-page';

// Chromium's fake camera plays this file: a Code 128 asset label on white (../shared/NOTES.md).
const video = join(tmpdir(), `fielddesk-fake-camera-${process.pid}.y4m`);
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  },
});
test.beforeAll(async () => writeFakeCameraVideo(video, await labelPng('CTY-0004711')));
test.afterAll(() => rmSync(video, { force: true }));

// A county server with one technician and the shipped reference data (the tag formats) only.
const env = useCentralServer({
  demo: false,
  async prepare(dataDir) {
    const run = await runCli('create-user', ['asmith', '--role', 'technician', '--name', 'Al Smith'], { stdin: 'fielddesk\n', env: { DATA_DIR: dataDir, PASSWORD_HASH_COST: String(testHashCost) } });
    if (run.code !== 0) throw new Error(run.stderr);
  },
});

async function signedInOnScanTest(browser: import('@playwright/test').Browser): Promise<ScanTestPage> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'asmith');
  await new SyncIndicator(page).expectUpToDate();
  const scanTest = new ScanTestPage(page);
  await scanTest.open();
  return scanTest;
}

test('a technician scans labels with a barcode scanner anywhere on the screen; typing is not taken for a scan', async ({ browser }) => {
  const scanTest = await signedInOnScanTest(browser);

  await scanTest.scanWithScanner('*cty-0001234*');
  await expect(scanTest.scans).toHaveText(['CTY-0001234: read by the barcode scanner, a county asset tag.']);

  // A person typing the same keys, at a person's pace, then a room label scanned after it: the
  // typing never became a scan (the keys arrive in order, so the second scan proves it).
  await scanTest.typeSlowly('CTY-0009999');
  await scanTest.scanWithScanner('RM-LIB-MAP/MAIN/104');
  await expect(scanTest.scans).toHaveText([
    'RM-LIB-MAP/MAIN/104: read by the barcode scanner, a room label.',
    'CTY-0001234: read by the barcode scanner, a county asset tag.',
  ]);

  // With the tag box focused, a scan goes into the box, and its Enter sends the box.
  await scanTest.tagBox.click();
  await scanTest.scanWithScanner('SN-4411-XK');
  await expect(scanTest.scans.first()).toHaveText('SN-4411-XK: typed in the box, not a county asset tag or room label.');
  await expect(scanTest.scans).toHaveCount(3);
});

test('a technician holds an asset label in front of the camera, and it counts once', async ({ browser }) => {
  const scanTest = await signedInOnScanTest(browser);
  await scanTest.startCamera();
  await expect(scanTest.cameraChoice).toBeVisible();
  await expect(scanTest.cameraView).toBeVisible();
  await expect(scanTest.scans).toHaveText(['CTY-0004711: read by the camera, a county asset tag.'], { timeout: 60_000 });

  // The label stays in view: many more frames are read, and it is still one scan.
  const framesAtScan = await scanTest.framesRead();
  await expect.poll(() => scanTest.framesRead(), { timeout: 60_000 }).toBeGreaterThan(framesAtScan + 60);
  await expect(scanTest.scans).toHaveCount(1);
});
