import { expect, test } from '@playwright/test';
import { http, loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import { siteFacts } from '../support/county-facts';
import { newWorkOrder } from '../support/documents';
import { wedgeScan } from '../support/wedge-keys';
import { useCentralServer } from './pages/central-server';
import { signedIn } from './pages/signed-in';
import { AppShell } from './pages/app-shell';

const env = useCentralServer({ demoAssets: 300 });

test("a technician scans the asset a caller means into the request; its page names the asset and lists the asset's earlier work, from the server or, offline, from the laptop, where its tag finds the work and the asset can be changed", async ({ browser }) => {
  const { site, assets } = await siteFacts(env.server.url, 'site-001');
  const asset = assets[0];
  if (!asset) throw new Error('the site needs an asset');
  // Earlier work on the asset, taken by a supervisor.
  const supervisor = await loginHttp(env.server.url, 'super01');
  const earlier = newWorkOrder({ createdBy: supervisor.user.id, siteId: site.id, assetId: asset.id, title: 'Paper jams in tray 2' });
  expect(await http(env.server.url, '/sync/work-orders/push', { method: 'POST', token: supervisor.token, body: [{ assumedMasterState: null, newDocumentState: earlier }] })).toMatchObject({ status: 200 });

  const { context, page, sync } = await signedIn(browser, env, 'tech01');
  await page.getByRole('link', { name: 'New work order' }).click();
  await page.getByRole('combobox', { name: 'Requester' }).fill('Dana Whitfield');
  await page.getByRole('combobox', { name: 'Site' }).selectOption({ label: site.name });
  await page.getByRole('combobox', { name: 'Building' }).selectOption({ label: asset.building });
  await page.getByRole('combobox', { name: 'Room' }).selectOption({ label: asset.room });
  await page.getByRole('textbox', { name: 'Title' }).fill('Printer in the office prints blank pages');
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ index: 1 });

  // A tag that is not on the laptop says so, and names nothing.
  await page.getByRole('textbox', { name: 'Asset tag', exact: true }).fill('CTY-9999999');
  await page.getByRole('textbox', { name: 'Asset tag', exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'No asset with the tag, serial number or barcode CTY-9999999 is on this device' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New work order' })).toBeVisible();

  // The scanner, with no text box in focus, as Code 39 reads it.
  await page.getByRole('heading', { name: 'Which asset' }).click();
  await wedgeScan(page, `*${asset.tag.toLowerCase()}*`);
  await expect(page.getByTestId('chosen-asset')).toContainText(`Asset: ${asset.tag}`);
  await page.getByRole('button', { name: 'Create work order' }).click();

  await expect(page.getByRole('heading', { name: /Printer in the office prints blank pages/ })).toBeVisible();
  await expect(page.getByTestId('work-order-asset')).toContainText(asset.tag);
  const history = page.getByRole('region', { name: 'Earlier work on this asset' });
  await expect(history.getByTestId('asset-history-source')).toHaveText('From the server: every work order on this asset.');
  await expect(history.getByRole('row', { name: /Paper jams in tray 2/ })).toBeVisible();
  await sync.expectOnlineAndSent();
  const made = [...(await pullAll(env.server.url, supervisor.token, 'work-orders')).values()].find((w) => w.title === 'Printer in the office prints blank pages');
  expect(made).toMatchObject({ assetId: asset.id });

  // Offline, the laptop's own copy answers, and says it may not be all; its tag finds its work.
  await context.setOffline(true);
  await page.reload();
  await new AppShell(page).searchFromTopBar(asset.tag);
  await expect(page.getByRole('dialog').getByRole('button', { name: /Printer in the office prints blank pages/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history.getByTestId('asset-history-source')).toHaveText("From this laptop only: the server can't be reached, so older work orders may be missing.");
  await expect(history.getByRole('row', { name: /Paper jams in tray 2/ })).toBeVisible();

  // On site it turns out to be another device: the technician names it on the page, offline.
  const other = assets[1];
  if (!other) throw new Error('the site needs a second asset');
  await page.getByRole('button', { name: 'Change the asset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Which asset is it?' });
  await dialog.getByRole('textbox', { name: 'Asset tag', exact: true }).fill(other.tag);
  await dialog.getByRole('textbox', { name: 'Asset tag', exact: true }).press('Enter');
  await expect(dialog.getByTestId('chosen-asset')).toContainText(`Asset: ${other.tag}`);
  await dialog.getByRole('button', { name: 'Save the asset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('work-order-asset')).toContainText(other.tag);
  await context.setOffline(false);
  await sync.expectOnlineAndSent();
  expect((await pullAll(env.server.url, supervisor.token, 'work-orders')).get(made!.id as string)).toMatchObject({ assetId: other.id });
  await context.close();
});
