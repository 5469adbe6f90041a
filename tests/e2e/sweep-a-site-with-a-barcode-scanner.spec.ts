import { expect, test, type Browser } from '@playwright/test';
import { roomLabelText } from '@shared/domain/inventory/room-label';
import { seedSmallCounty } from '../support/small-county';
import { siteFacts } from '../support/county-facts';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { SweepPage } from './pages/sweep-page';

// The demo county's people and sites with 300 assets (about 7 a site): a first sync takes seconds.
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

test('a technician sweeps a site with a barcode scanner: every scan answers at once, a reload loses nothing, finishing lists the missing ones', async ({ browser }) => {
  const { site, assets, elsewhere } = await siteFacts(env.server.url, 'site-001');
  const supervisor = await signedIn(browser, 'super01');
  await supervisor.sweep.openCampaign('FY2027 yearly inventory', '2027-06-30', [site.name]);

  const { page, sweep } = await signedIn(browser, 'tech01');
  await sweep.joinSweep(site.name);
  await expect(sweep.count('Expected')).toHaveText(String(assets.length));

  // No room yet: the scan says what to do, and nothing is counted.
  const [first, second] = assets;
  if (!first || !second) throw new Error('the site needs two assets');
  await sweep.scan(first.tag);
  await expect(sweep.result).toContainText('Set the room first');

  await sweep.scan(roomLabelText(site.code, first.building, first.room));
  await expect(sweep.result).toContainText(`Now in ${first.building}, room ${first.room}`);
  await sweep.scan(`*${first.tag.toLowerCase()}*`);
  await expect(sweep.result).toHaveAttribute('data-answer', 'verified');
  await expect(sweep.result).toContainText(`Verified here: ${first.tag}`);
  await sweep.scan(first.tag);
  await expect(sweep.result).toContainText(`Already scanned in this sweep: ${first.tag}`);
  await expect(sweep.count('Verified')).toHaveText('1');

  // Surplus in two keys: S opens the form with the reason box focused, Enter saves it.
  await page.keyboard.press('s');
  const surplus = page.getByRole('dialog', { name: `Mark surplus: ${first.tag}` });
  await expect(surplus.getByLabel('Why it is surplus')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(surplus).toBeHidden();

  // An asset registered at another site: moved here, its location updated.
  const stranger = elsewhere[0];
  if (!stranger) throw new Error('another site needs an asset');
  await sweep.scan(stranger.tag);
  await expect(sweep.result).toHaveAttribute('data-answer', 'moved');
  await expect(sweep.count('Moved in')).toHaveText('1');
  await sweep.scan('CTY-9999991');
  await expect(sweep.result).toHaveAttribute('data-answer', 'unknown');
  await expect(sweep.count('Unknown tags')).toHaveText('1');

  // Another room of the site, picked from the list; its asset verified there.
  await sweep.pickRoom(second.building, second.room);
  await sweep.scan(second.tag);
  await expect(sweep.result).toHaveAttribute('data-answer', 'verified');
  await expect(sweep.count('Verified')).toHaveText('2');
  await expect(sweep.count('Remaining')).toHaveText(String(assets.length - 2));

  // A reload in the middle loses nothing: the same sweep, room and counts.
  await page.reload();
  await expect(page.getByRole('heading', { name: `Sweep of ${site.name}` })).toBeVisible();
  await expect(sweep.count('Verified')).toHaveText('2');
  await expect(sweep.count('Moved in')).toHaveText('1');
  await expect(sweep.count('Unknown tags')).toHaveText('1');
  await expect(page.getByRole('combobox', { name: 'Room', exact: true })).toHaveValue(second.room);

  await sweep.finish();
  await expect(sweep.finishDialog).toContainText(`${assets.length - 2} expected asset`);
  const missingTags = assets.slice(2).map((a) => a.tag).sort();
  await expect(sweep.notFound).toHaveCount(missingTags.length);
  expect((await sweep.notFound.locator('.inventory-tag').allTextContents()).sort()).toEqual(missingTags);
  await sweep.finishDialog.getByRole('button', { name: `Mark ${missingTags.length} missing and finish` }).click();
  await expect(page.getByText('Finished. Scans made now still count.')).toBeVisible();
  await expect(sweep.count('Remaining')).toHaveText('0');
  await expect(sweep.count('Done')).toHaveText('100 %');
});
