import { expect, type Page } from '@playwright/test';

export class WorkOrderListPage {
  constructor(private readonly page: Page) {}

  get rows() {
    return this.page.getByTestId('work-order-row');
  }
  get count() {
    return this.page.getByTestId('work-order-count');
  }

  /**
   * Filters by status and, for one status, waits until the list shows only it: the list re-queries
   * after the choice, and a row clicked before that may be of another status.
   */
  async filterStatus(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Status' }).selectOption({ label });
    if (label === 'Open' || label === 'Any status') return;
    const statusColumn = await this.page.getByRole('columnheader').evaluateAll((headers) => headers.findIndex((h) => h.textContent === 'Status'));
    const onlyThatStatus = () =>
      this.rows.evaluateAll(
        (rows, [column, wanted]) => rows.length > 0 && rows.every((row) => row.querySelectorAll('td')[column as number]?.textContent === wanted),
        [statusColumn, label] as const,
      );
    await expect.poll(onlyThatStatus).toBe(true);
  }

  async showScope(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Show' }).selectOption({ label });
  }

  async filterSite(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Site' }).selectOption({ label });
  }

  /** The work-order numbers listed, top to bottom. */
  async numbers(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.querySelector('td a')?.textContent ?? ''));
  }

  async openReportOfOpenWorkOrders(): Promise<void> {
    await this.page.getByRole('link', { name: 'Report of open work orders' }).click();
  }

  /** Opens the first listed work order and returns its id (from the address). */
  async openFirst(): Promise<string> {
    await expect(this.rows.first()).toBeVisible();
    await this.rows.first().getByRole('link').first().click();
    await expect(this.page.getByTestId('work-order-page')).toBeVisible();
    return decodeURIComponent(new URL(this.page.url()).hash.replace('#/work-orders/', ''));
  }
}
