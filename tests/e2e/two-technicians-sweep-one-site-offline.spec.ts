import { expect, test } from '@playwright/test';
import { roomLabelText } from '@shared/domain/inventory/room-label';
import { seedSmallCounty } from '../support/small-county';
import { siteFacts } from '../support/county-facts';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { SweepPage } from './pages/sweep-page';
import { signedInLaptop } from './pages/laptop-network';

const env = useCentralServer({ demo: false, prepare: (dataDir) => seedSmallCounty(dataDir, 300), links: 2 });

test('two technicians sweep one site offline, each on their own laptop; after sync both see one combined result', async ({ browser }) => {
  const { site, assets } = await siteFacts(env.server.url, 'site-003');
  const [a1, a2, a3] = assets;
  if (!a1 || !a2 || !a3) throw new Error('the site needs three assets');
  const office = await (await browser.newContext()).newPage();
  await office.goto(env.shell.url);
  await new LoginPage(office).signIn(env.server.url, 'super01');
  await new SyncIndicator(office).expectUpToDate();
  const supervisor = new SweepPage(office);
  await supervisor.openInventory();
  await supervisor.openCampaign('FY2027 yearly inventory', '2027-06-30', [site.name]);
  await expect(office.getByRole('link', { name: `Sweep ${site.name}` })).toBeVisible({ timeout: 60_000 });

  const laptops = [];
  for (const [i, user] of ['tech03', 'tech04'].entries()) {
    const laptop = await signedInLaptop(browser, env.shell.url, env.links[i]!, user);
    const sweep = new SweepPage(laptop.page);
    await sweep.openInventory();
    await sweep.joinSweep(site.name);
    await laptop.network.goOffline();
    await laptop.sync.expectOffline();
    laptops.push({ ...laptop, sweep });
  }
  const [first, second] = laptops as [(typeof laptops)[number], (typeof laptops)[number]];

  // Offline, the first scans two assets; the second scans one of them too, a third, and an unknown tag.
  await first.sweep.scan(roomLabelText(site.code, a1.building, a1.room));
  await first.sweep.scan(a1.tag);
  await first.sweep.scan(a2.tag);
  await expect(first.sweep.count('Verified')).toHaveText('2');
  await second.sweep.scan(roomLabelText(site.code, a2.building, a2.room));
  await second.sweep.scan(a2.tag);
  await second.sweep.scan(a3.tag);
  await second.sweep.scan('CTY-9999993');
  await expect(second.sweep.count('Verified')).toHaveText('2');
  await expect(second.sweep.count('Unknown tags')).toHaveText('1');
  // Not described now: "Later" keeps the note typed with the tag, for after sync.
  await second.page.getByRole('button', { name: 'Describe the unknown tag' }).click();
  const capture = second.page.getByRole('form', { name: 'Capture the unknown tag' });
  await capture.getByLabel('Note').fill('Label on a monitor in the storeroom, no model plate');
  await capture.getByRole('button', { name: 'Later' }).click();
  await expect(capture).toHaveCount(0);
  await expect(second.sweep.count('Unknown tags')).toHaveText('1');

  // Leaving the site with scans only on the laptop: warned, with no network to sync now.
  await first.page.getByRole('button', { name: 'Pause and leave site' }).click();
  const warning = first.page.getByRole('dialog', { name: 'Leave the site?' });
  await expect(warning).toContainText('2 scans are kept on this laptop and not on the server yet');
  await expect(warning.getByRole('button', { name: 'Sync now' })).toHaveCount(0);
  await warning.getByRole('button', { name: 'Stay' }).click();

  // Back online while the server turns the scans away for a moment (busy): leaving now offers
  // "Sync now", and once the scans are handed in the laptop leaves the site as asked.
  let serverBusy = true;
  await first.page.route('**/sync/asset-events/push', (route) =>
    serverBusy ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"message":"busy"}' }) : route.continue(),
  );
  for (const laptop of laptops) await laptop.network.goOnline();
  await first.page.getByRole('button', { name: 'Pause and leave site' }).click();
  await expect(warning).toContainText('2 scans are kept on this laptop and not on the server yet. Sync now to hand them in before you go.');
  await warning.getByRole('button', { name: 'Sync now' }).click();
  serverBusy = false;
  await expect(first.page.getByRole('heading', { name: 'Inventory', exact: true })).toBeVisible();
  await first.page.getByRole('link', { name: `Resume the sweep of ${site.name}` }).click();

  for (const laptop of laptops) {
    await laptop.sync.expectOnlineAndSent();
    // a2 was scanned on both laptops: counted once.
    await expect(laptop.sweep.count('Verified')).toHaveText('3', { timeout: 60_000 });
    await expect(laptop.sweep.count('Unknown tags')).toHaveText('1');
    await expect(laptop.sweep.count('Remaining')).toHaveText(String(assets.length - 3));
  }
  // Everything sent: leaving asks nothing, and the Inventory screen offers to resume.
  await first.page.getByRole('button', { name: 'Pause and leave site' }).click();
  await expect(first.page.getByRole('heading', { name: 'Inventory', exact: true })).toBeVisible();
  await first.page.getByRole('link', { name: `Resume the sweep of ${site.name}` }).click();
  await expect(first.sweep.count('Verified')).toHaveText('3');
  await expect(first.page.getByRole('combobox', { name: 'Room', exact: true })).toHaveValue(a1.room);

  // The other laptop's queue of unknown tags has the tag, still to describe, with its note.
  await first.page.goto(`${env.shell.url}/#/inventory/unknown-tags`);
  const queued = first.page.getByRole('listitem', { name: 'Unknown tag CTY-9999993' });
  await expect(queued).toContainText('Note: Label on a monitor in the storeroom, no model plate');
  await expect(queued).toContainText('To describe');
});
