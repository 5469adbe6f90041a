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
  /** A service-level clock in words ("Response: 1 h left, due …"); its `data-tone` is the colour: ok, warning, breached, idle. */
  slaClock(which: 'response' | 'resolution') {
    return this.page.getByTestId(`sla-${which}`);
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

  get newStatus() {
    return this.page.getByRole('combobox', { name: 'New status' });
  }
  get saveStatusButton() {
    return this.page.getByRole('button', { name: 'Save status' });
  }
  /** What the chosen status still needs before it can be saved, in the form's words. */
  get statusNeeds() {
    return this.page.getByTestId('status-form-needs');
  }
  /** What the page says instead of the status form when no step is left to take. */
  get noStatusStep() {
    return this.page.getByTestId('status-form-none');
  }

  /** The statuses the form offers, by their labels. */
  async offeredStatuses(): Promise<string[]> {
    const labels = await this.newStatus.getByRole('option').allTextContents();
    return labels.filter((label) => label !== 'Choose…');
  }

  async chooseStatus(label: string): Promise<void> {
    await this.newStatus.selectOption({ label });
  }

  async changeStatus(label: string): Promise<void> {
    await this.chooseStatus(label);
    await this.saveStatusButton.click();
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
