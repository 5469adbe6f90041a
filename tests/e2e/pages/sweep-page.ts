import { expect, type Page } from '@playwright/test';
import { wedgeScan } from '../../support/wedge-keys';

/** The Inventory screen and a site sweep on it. */
export class SweepPage {
  constructor(private readonly page: Page) {}

  async openInventory(): Promise<void> {
    await this.page.getByRole('link', { name: 'Inventory', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Inventory', exact: true })).toBeVisible();
  }

  /** A supervisor opens a campaign over the named sites. */
  async openCampaign(name: string, dueDate: string, siteNames: string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'Open a campaign' }).click();
    const form = this.page.getByRole('form', { name: 'Open a campaign' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Due date').fill(dueDate);
    for (const site of siteNames) await form.getByRole('checkbox', { name: site }).check();
    await form.getByRole('button', { name: 'Open the campaign' }).click();
  }

  /** Joins the sweep of `siteName` from the Inventory screen (its sweep arrives from the server). */
  async joinSweep(siteName: string): Promise<void> {
    await this.page.getByRole('link', { name: `Sweep ${siteName}` }).click({ timeout: 60_000 });
    await expect(this.page.getByRole('heading', { name: `Sweep of ${siteName}` })).toBeVisible();
  }

  /** A keyboard-wedge scanner reading `text`: keys stamped 4 ms apart, then Enter (../../support/wedge-keys.ts). */
  async scan(text: string): Promise<void> {
    await wedgeScan(this.page, text);
  }

  get result() {
    return this.page.getByRole('status', { name: 'Scan result' });
  }

  /** The figure shown beside a count's label ("Verified", "Remaining" ...). */
  count(label: string) {
    return this.page.locator(`[data-count="${label}"]`);
  }

  async pickRoom(building: string, room: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Building' }).selectOption(building);
    await this.page.getByRole('combobox', { name: 'Room', exact: true }).selectOption(room);
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish sweep' }).click();
  }
  get finishDialog() {
    return this.page.getByRole('dialog', { name: 'Finish the sweep' });
  }
  get notFound() {
    return this.finishDialog.getByRole('list', { name: 'Not found' }).getByRole('listitem');
  }
}
