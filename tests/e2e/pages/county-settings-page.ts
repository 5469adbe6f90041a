import type { Page } from '@playwright/test';

/** The County settings screen: the service levels and the asset-tag format. */
export class CountySettingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings', exact: true }).click();
  }

  get serviceLevels() {
    return this.page.getByRole('region', { name: 'Service levels' });
  }
  /** The read-only table of targets a technician sees. */
  targetRow(priority: string) {
    return this.serviceLevels.getByRole('table', { name: 'Service level targets' }).getByRole('row', { name: new RegExp(`^${priority}`) });
  }
  get versionLine() {
    return this.serviceLevels.getByTestId('version-line');
  }
  get problems() {
    return this.serviceLevels.getByRole('alert');
  }
  get saved() {
    return this.serviceLevels.getByRole('status');
  }

  async setResponseTarget(priority: string, hours: string): Promise<void> {
    await this.serviceLevels.getByLabel(`${priority} response target (hours)`).fill(hours);
  }
  async setAmberPercent(percent: string): Promise<void> {
    await this.serviceLevels.getByLabel('Turn amber at (% of the target)').fill(percent);
  }
  async addHoliday(date: string): Promise<void> {
    await this.serviceLevels.getByLabel('Add a holiday').fill(date);
    await this.serviceLevels.getByRole('button', { name: 'Add holiday' }).click();
  }
  async saveServiceLevels(): Promise<void> {
    await this.serviceLevels.getByRole('button', { name: 'Save service levels' }).click();
  }
}
