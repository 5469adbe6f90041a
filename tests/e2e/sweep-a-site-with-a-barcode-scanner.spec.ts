import { expect, test, type Browser, type Page } from '@playwright/test';
import { roomLabelText } from '@shared/domain/inventory/room-label';
import { seedSmallCounty } from '../support/small-county';
import { siteFacts } from '../support/county-facts';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { SweepPage } from './pages/sweep-page';
import { ReportPage } from './pages/report-page';
import { parse } from 'csv-parse/sync';

// The demo county's people and sites with 300 assets (about 7 a site): a first sync takes seconds.
const env = useCentralServer({ demo: false, prepare: (dataDir) => seedSmallCounty(dataDir, 300) });

/**
 * Records the pitch of every note the page plays (Web Audio oscillators), for the test to hear the
 * answers, and when the page will be quiet again (every app sound is over within 400 ms).
 */
function recordNotes() {
  const heard: number[] = [];
  Object.assign(window, { heardNotes: heard, quietAt: 0 });
  const create = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function (this: AudioContext) {
    Object.assign(window, { quietAt: performance.now() + 400 });
    const oscillator = create.call(this);
    const set = oscillator.frequency.setValueAtTime.bind(oscillator.frequency);
    oscillator.frequency.setValueAtTime = (value: number, time: number) => {
      heard.push(value);
      return set(value, time);
    };
    return oscillator;
  };
}
/** The notes played since the last call. */
const notesHeard = (page: Page) => page.evaluate(() => (window as unknown as { heardNotes: number[] }).heardNotes.splice(0).join(' '));
/**
 * Until the last sound is over: a sound never starts over one as severe still playing
 * (feedback/sounds.ts), so a test that listens for the next answer waits for quiet first.
 */
const untilQuiet = (page: Page) => page.waitForFunction(() => performance.now() > (window as unknown as { quietAt: number }).quietAt);

async function signedIn(browser: Browser, username: string) {
  const context = await browser.newContext();
  await context.addInitScript(recordNotes);
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, username);
  await new SyncIndicator(page).expectUpToDate();
  const sweep = new SweepPage(page);
  await sweep.openInventory();
  return { page, sweep };
}

test('a technician sweeps a site with a barcode scanner: every scan answers at once, any identifier finds the asset, a reload loses nothing, finishing lists the missing ones, the CSV has every outcome', async ({ browser }) => {
  const { site, assets, elsewhere } = await siteFacts(env.server.url, 'site-001');
  let alreadyNotes = '';
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
  // Each answer has its sound: a repeat, then an unknown tag, each unlike the other.
  await untilQuiet(page);
  await notesHeard(page);
  await sweep.scan(first.tag);
  await expect(sweep.result).toContainText(`Already scanned in this sweep: ${first.tag}`);
  await expect.poll(() => notesHeard(page).then((n) => (alreadyNotes = n))).not.toBe('');
  await expect(sweep.count('Verified')).toHaveText('1');

  // Surplus in two keys: S opens the form with the reason box focused, Enter saves it.
  await page.keyboard.press('s');
  const surplus = page.getByRole('dialog', { name: `Mark surplus: ${first.tag}` });
  await expect(surplus.getByLabel('Why it is surplus')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(surplus).toBeHidden();
  // Damage the same way: D, what is damaged, Enter.
  await page.keyboard.press('d');
  const damage = page.getByRole('dialog', { name: `Note damage: ${first.tag}` });
  await expect(damage.getByLabel('What is damaged')).toBeFocused();
  await page.keyboard.type('Cracked hinge');
  await page.keyboard.press('Enter');
  await expect(damage).toBeHidden();

  // B records the maker's barcode: the scanner types it into the focused box, its Enter saves;
  // scanning that barcode then finds the asset.
  const makersBarcode = '0012345678905';
  await page.keyboard.press('b');
  const barcode = page.getByRole('dialog', { name: `Manufacturer barcode of ${first.tag}` });
  await expect(barcode.getByRole('textbox', { name: 'Manufacturer barcode' })).toBeFocused();
  await sweep.scan(makersBarcode);
  await expect(barcode).toBeHidden();
  await sweep.scan(makersBarcode);
  await expect(sweep.result).toContainText(`Already scanned in this sweep: ${first.tag}`);

  // Assets registered at another site, found by their tag, their serial number, the maker's
  // barcode on them, and a QR code's URL holding the tag: each moved here.
  const [stranger, bySerial, byUrl] = elsewhere.filter((a) => !a.manufacturerBarcodes);
  const byBarcode = elsewhere.find((a) => a.manufacturerBarcodes?.length);
  if (!stranger || !bySerial || !byUrl || !byBarcode) throw new Error('other sites need four assets, one with a maker barcode');
  const scannedAs: [string, { tag: string }][] = [
    [stranger.tag, stranger],
    [bySerial.serialNumber, bySerial],
    [byBarcode.manufacturerBarcodes?.[0] ?? '', byBarcode],
    [`https://assets.county.example/a/${byUrl.tag}?from=label`, byUrl],
  ];
  for (const [text, asset] of scannedAs) {
    await sweep.scan(text);
    await expect(sweep.result).toHaveAttribute('data-answer', 'moved');
    await expect(sweep.result).toContainText(`Moved here: ${asset.tag}`);
  }
  await expect(sweep.count('Moved in')).toHaveText('4');
  await untilQuiet(page);
  await notesHeard(page);
  await sweep.scan('CTY-9999991');
  await expect(sweep.result).toHaveAttribute('data-answer', 'unknown');
  let unknownNotes = '';
  await expect.poll(() => notesHeard(page).then((n) => (unknownNotes = n))).not.toBe('');
  expect(unknownNotes).not.toBe(alreadyNotes);
  await expect(sweep.count('Unknown tags')).toHaveText('1');

  // Another room of the site, picked from the list; its asset verified there.
  await sweep.pickRoom(second.building, second.room);
  await sweep.scan(second.tag);
  await expect(sweep.result).toHaveAttribute('data-answer', 'verified');
  await expect(sweep.count('Verified')).toHaveText('2');
  await expect(sweep.count('Remaining')).toHaveText(String(assets.length - 2));

  // A reload a moment after a scan's answer, before its writes ran, loses nothing either: the
  // page's frames are held back here, so the writes (which wait for the answer's frame) never start.
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
  });
  await sweep.scan('CTY-9999995');
  await expect(sweep.result).toContainText('Unknown tag CTY-9999995');

  // A reload in the middle loses nothing: the same sweep, room and counts.
  await page.reload();
  await expect(page.getByRole('heading', { name: `Sweep of ${site.name}` })).toBeVisible();
  await expect(sweep.count('Verified')).toHaveText('2');
  await expect(sweep.count('Moved in')).toHaveText('4');
  await expect(sweep.count('Unknown tags')).toHaveText('2');
  await expect(page.getByRole('combobox', { name: 'Room', exact: true })).toHaveValue(second.room);

  // The remaining list narrows to a room, then to a kind.
  const remaining = assets.slice(2);
  const target = remaining[0];
  if (!target) throw new Error('the site needs a third asset');
  const remainingList = page.getByRole('list', { name: 'Remaining assets' }).getByRole('listitem');
  await page.getByRole('combobox', { name: 'In room' }).selectOption({ label: `${target.building}, ${target.room}` });
  const inRoom = remaining.filter((a) => a.building === target.building && a.room === target.room);
  await expect(remainingList).toHaveCount(inRoom.length);
  await page.getByRole('combobox', { name: 'Kind' }).selectOption(target.kind);
  await expect(remainingList).toHaveCount(inRoom.filter((a) => a.kind === target.kind).length);
  await page.getByRole('combobox', { name: 'In room' }).selectOption({ label: 'Every room' });
  await expect(remainingList).toHaveCount(remaining.filter((a) => a.kind === target.kind).length);

  await sweep.finish();
  await expect(sweep.finishDialog).toContainText(`${assets.length - 2} expected asset`);
  const missingTags = assets.slice(2).map((a) => a.tag).sort();
  await expect(sweep.notFound).toHaveCount(missingTags.length);
  expect((await sweep.notFound.locator('.inventory-tag').allTextContents()).sort()).toEqual(missingTags);
  await sweep.finishDialog.getByRole('button', { name: `Mark ${missingTags.length} missing and finish` }).click();
  await expect(page.getByText('Finished. Scans made now still count.')).toBeVisible();
  await expect(sweep.count('Remaining')).toHaveText('0');
  await expect(sweep.count('Done')).toHaveText('100 %');

  // The reconciliation as CSV: a line per outcome and asset.
  await page.getByRole('link', { name: 'Reconciliation report' }).click();
  const csv = parse(await new ReportPage(page, `Site reconciliation: ${site.name}`).exportCsv().then((f) => f.text), { bom: true }) as string[][];
  const tagsOf = (outcome: string) => csv.filter((row) => row[0] === outcome).map((row) => row[1]).sort();
  expect(csv[0]).toEqual(['Outcome', 'Tag', 'Asset', 'Where']);
  expect(tagsOf('Verified')).toEqual([first.tag, second.tag].sort());
  expect(tagsOf('Moved in')).toEqual(scannedAs.map(([, a]) => a.tag).sort());
  expect(tagsOf('Missing')).toEqual(missingTags);
  expect(tagsOf('Surplus')).toEqual([first.tag]);
  expect(tagsOf('Damaged')).toEqual([first.tag]);
  expect(tagsOf('Unknown tag')).toEqual(['CTY-9999991', 'CTY-9999995']);
});
