import type { Locator, Page } from '@playwright/test';

export class ConflictsPage {
  constructor(private readonly page: Page) {}

  get link() {
    return this.page.getByRole('banner').getByRole('link', { name: /not applied$/ });
  }
  get entries() {
    return this.page.getByTestId('conflict');
  }

  async open(): Promise<void> {
    await this.link.click();
  }

  reapplyButton(entry: Locator) {
    return entry.getByRole('button', { name: 'Re-apply mine' });
  }

  async reapplyFirst(): Promise<void> {
    await this.reapplyButton(this.entries.first()).click();
  }

  async dismissFirst(): Promise<void> {
    await this.entries.first().getByRole('button', { name: 'Dismiss' }).click();
  }
}
