import { expect, type Page } from '@playwright/test';

export class SyncIndicator {
  constructor(private readonly page: Page) {}

  get state() {
    return this.page.getByTestId('sync-state');
  }
  get pending() {
    return this.page.getByTestId('pending-count');
  }
  /** Why the device is offline, in words (the whole sentence on hover). */
  get error() {
    return this.page.getByTestId('sync-error');
  }
  /** The indicator's plain-words note while this device cannot store what sync brings. */
  get storageTrouble() {
    return this.page.getByTestId('sync-indicator').getByRole('alert');
  }

  /** The first sync's bar for the kind of record with the most still to come ("Receiving assets"). */
  receiving(records: string) {
    return this.page.getByRole('progressbar', { name: `Receiving ${records}` });
  }
  /** The words beside the bar: "12,400 of 50,000 assets". */
  get progressText() {
    return this.page.getByTestId('sync-progress');
  }

  /** Opens the panel with each kind of record's sync state. */
  async openDetails() {
    await this.page.getByRole('button', { name: 'Sync details' }).click();
    const panel = this.page.getByRole('dialog', { name: 'Sync details' });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** One kind of record's row in the open panel ("Work orders"). */
  detailsRow(records: string) {
    return this.page.getByRole('dialog', { name: 'Sync details' }).getByRole('row', { name: new RegExp(`^${records}\\b`) });
  }

  async expectOnlineAndSent(): Promise<void> {
    await expect(this.state).toHaveText('Online', { timeout: 60_000 });
    await expect(this.pending).toHaveText('All changes sent', { timeout: 60_000 });
  }

  /** Online, nothing pending, and every collection pulled up to the server's head (first sync done). */
  async expectUpToDate(timeout = 300_000): Promise<void> {
    await this.expectOnlineAndSent();
    await expect(this.page.getByTestId('sync-progress')).toHaveAttribute('data-complete', 'true', { timeout });
    await expect(this.page.getByTestId('sync-busy')).toHaveCount(0, { timeout });
  }

  async expectOffline(): Promise<void> {
    await expect(this.state).toHaveText('Offline', { timeout: 60_000 });
  }
}
