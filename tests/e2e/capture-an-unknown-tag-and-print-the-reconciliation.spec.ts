import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { roomLabelText } from '@shared/domain/inventory/room-label';
import { seedSmallCounty } from '../support/small-county';
import { http, loginHttp } from '../support/api';
import { siteFacts } from '../support/county-facts';
import { labelPng } from '../support/barcode-images';
import { pdfPages } from '../support/pdf-text';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { SweepPage } from './pages/sweep-page';
import { AttachmentsSection } from './pages/attachments-section';

const env = useCentralServer({ demo: false, prepare: (dataDir) => seedSmallCounty(dataDir, 300) });

async function signedIn(browser: Browser, username: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, username);
  await new SyncIndicator(page).expectUpToDate();
  const sweep = new SweepPage(page);
  await sweep.openInventory();
  return { page, sweep };
}

test('an unknown tag is captured with a photo, the reconciliation PDF has the right counts, a supervisor approves the tag as a new asset, and the campaign view lists the assets never or long ago verified', async ({ browser }) => {
  const { site, assets, elsewhere } = await siteFacts(env.server.url, 'site-002');
  const [a, b] = assets;
  if (!a || !b) throw new Error('the site needs two assets');
  // An asset of another site last verified 400 days ago, in the register.
  const stale = elsewhere[0];
  if (!stale) throw new Error('another site needs an asset');
  const boss = await loginHttp(env.server.url, 'super02');
  const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
  const verifiedLongAgo = { ...stale, lastVerifiedAt: longAgo, lastVerifiedBy: boss.user.id, updatedAt: new Date().toISOString(), updatedBy: boss.user.id };
  expect(await http(env.server.url, '/sync/assets/push', { token: boss.token, body: [{ assumedMasterState: stale, newDocumentState: verifiedLongAgo }] })).toMatchObject({ status: 200, body: [] });
  const supervisor = await signedIn(browser, 'super02');
  await supervisor.sweep.openCampaign('Spring count', '2027-03-31', [site.name]);

  const { page, sweep } = await signedIn(browser, 'tech02');
  await sweep.joinSweep(site.name);
  await sweep.scan(roomLabelText(site.code, a.building, a.room));
  await sweep.scan(a.tag);
  await expect(sweep.result).toHaveAttribute('data-answer', 'verified');
  await sweep.scan(b.tag);
  await expect(sweep.count('Verified')).toHaveText('2');

  await sweep.scan('CTY-9999992');
  await expect(sweep.result).toHaveAttribute('data-answer', 'unknown');
  await page.getByRole('button', { name: 'Describe the unknown tag' }).click();
  const form = page.getByRole('form', { name: 'Capture the unknown tag' });
  await form.getByLabel('Kind').selectOption('printer');
  await form.getByLabel('Make').fill('Brother');
  await form.getByLabel('Model').fill('HL-L6200DW');
  await form.getByLabel('Serial number').fill('BR12345678');
  await form.getByRole('button', { name: 'Save capture' }).click();
  const attachments = new AttachmentsSection(page);
  await attachments.chooseFile({ name: 'printer label.png', mimeType: 'image/png', buffer: await labelPng('CTY-9999992') });
  await expect(attachments.tile('Photo: printer label')).toHaveCount(1);
  await new SyncIndicator(page).expectOnlineAndSent();

  // The site reconciliation report, printed as Chromium prints it, read back with pdftotext.
  await page.getByRole('link', { name: 'Reconciliation report' }).click();
  await expect(page.getByRole('heading', { name: `Site reconciliation: ${site.name}` })).toBeVisible();
  const pdf = join(mkdtempSync(join(tmpdir(), 'fd-e2e-sweep-')), 'reconciliation.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = pdfPages(pdf).join('\n');
  expect(text).toMatch(new RegExp(`Expected\\s+${assets.length}\\b`));
  expect(text).toMatch(/Verified\s+2\b/);
  expect(text).toMatch(/Moved in\s+0\b/);
  expect(text).toMatch(/New or unknown tags\s+1\b/);
  expect(text).toMatch(new RegExp(`Not found yet\\s+${assets.length - 2}\\b`));
  expect(text).toContain('CTY-9999992');

  // The supervisor approves it: one new asset, made from the capture.
  await supervisor.page.getByRole('link', { name: 'Unknown tags' }).click();
  const tag = supervisor.page.getByRole('listitem', { name: 'Unknown tag CTY-9999992' });
  await expect(tag).toContainText('printer, Brother HL-L6200DW, serial BR12345678', { timeout: 60_000 });
  await tag.getByRole('button', { name: 'Approve CTY-9999992 as a new asset' }).click();
  await expect(supervisor.page.getByText('No unknown tags wait for approval.')).toBeVisible();
  await new SyncIndicator(supervisor.page).expectOnlineAndSent();

  // The campaign view: the one site in progress, with its counts; the new asset was verified when captured.
  await supervisor.page.getByRole('link', { name: 'Back to inventory' }).click();
  await supervisor.page.getByRole('link', { name: 'Campaign view' }).click();
  await expect(supervisor.page.getByRole('note')).toHaveText('Sites done: 0, in progress: 1, not started: 0.');
  const row = supervisor.page.getByRole('table', { name: 'Sites of the campaign' }).getByRole('row', { name: new RegExp(site.name) });
  await expect(row).toContainText(`In progress${assets.length}2`);
  // Across the county: every asset the register expects, less the two verified here and the stale one.
  const neverChoice = supervisor.page.getByRole('radio', { name: `Never verified (${assets.length + elsewhere.length - 3})` });
  await expect(neverChoice).toBeChecked();
  const overAYearChoice = supervisor.page.getByRole('radio', { name: /^Not verified in over a year/ });
  await expect(overAYearChoice).toHaveAccessibleName('Not verified in over a year (1)');
  await neverChoice.focus();
  await supervisor.page.keyboard.press('ArrowRight');
  await expect(overAYearChoice).toBeChecked();
  const overAYear = supervisor.page.getByRole('list', { name: 'Not verified in over a year' }).getByRole('listitem');
  await expect(overAYear).toHaveCount(1);
  await expect(overAYear).toContainText(stale.tag);
});
