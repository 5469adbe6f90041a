import type { Page } from '@playwright/test';

export class WorkOrderPage {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, id: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/work-orders/${id}`);
  }

  get status() {
    return this.page.getByTestId('work-order-status');
  }
  /** The category's name (from the reference data). */
  get category() {
    return this.page.getByTestId('work-order-category');
  }
  get pendingBadge() {
    return this.page.getByTestId('work-order-pending');
  }
  get timeline() {
    return this.page.getByTestId('timeline');
  }
  timelineEntry(text: string) {
    return this.page.getByTestId('timeline-entry').filter({ hasText: text });
  }

  async putOnHold(reason: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'New status' }).selectOption({ label: 'On hold' });
    await this.page.getByRole('combobox', { name: 'Hold reason' }).selectOption({ label: reason });
    await this.page.getByRole('button', { name: 'Save status' }).click();
  }

  async addNote(text: string, kind: 'Internal note' | 'Client update' = 'Internal note'): Promise<void> {
    await this.page.getByLabel('Note text').fill(text);
    await this.page.getByLabel(kind).check();
    await this.page.getByRole('button', { name: 'Add to timeline' }).click();
  }
}
