import { expect, type Page } from '@playwright/test';

export class WorkOrderListPage {
  constructor(private readonly page: Page) {}

  /** The list of work orders: one link per row; only the rows in view are in the page. */
  get list() {
    return this.page.getByRole('list', { name: 'Work orders' });
  }
  get rows() {
    return this.list.getByRole('listitem');
  }
  get count() {
    return this.page.getByTestId('work-order-count');
  }
  get filter() {
    return this.page.getByRole('textbox', { name: 'Filter' });
  }
  /** A scope's choice, with its count ("Everyone's 2,000"). */
  scope(label: string) {
    return this.page.getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  /** The text of one column in every row in view, top to bottom. */
  async column(name: 'number' | 'title' | 'site' | 'assignee' | 'status' | 'priority' | 'due' | 'updated'): Promise<string[]> {
    return this.rows.evaluateAll((rows, column) => rows.map((row) => row.querySelector(`[data-column=${column}]`)?.textContent ?? ''), name);
  }

  /** The row of one work order, by its number as shown ("WO-10234"). */
  row(number: string) {
    return this.list.getByRole('link', { name: new RegExp(`^${number}(?!\\d)`) });
  }

  /** Back from a work order's page to the list. */
  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Work orders' }).first().click();
    await expect(this.list).toBeVisible();
  }

  /**
   * Filters by status and, for one status, waits until the list shows only it: the list updates
   * after the choice, and a row clicked before that may be of another status.
   */
  async filterStatus(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Status' }).selectOption({ label });
    if (label === 'Open' || label === 'Any status') return;
    await expect.poll(async () => {
      const statuses = await this.column('status');
      return statuses.length > 0 && statuses.every((s) => s === label);
    }).toBe(true);
  }

  async showScope(label: string): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Show' }).getByText(new RegExp(`^${label}`)).click();
    await expect(this.scope(label)).toBeChecked();
  }

  async filterSite(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Site' }).selectOption({ label });
  }

  async sortBy(column: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${column}`) }).click();
  }

  /** Every work-order number listed, top to bottom, scrolling the list through (it draws only the rows in view). */
  async numbers(): Promise<string[]> {
    const seen = new Map<number, string>();
    const box = this.list.locator('..');
    await box.evaluate((el) => el.scrollTo({ top: 0 }));
    for (;;) {
      const rows = await this.rows.evaluateAll((items) =>
        items.map((li) => [Number(li.getAttribute('aria-posinset')), li.querySelector('[data-column=number]')?.firstChild?.textContent ?? ''] as const),
      );
      for (const [position, number] of rows) seen.set(position, number);
      const total = Number(await this.rows.first().getAttribute('aria-setsize'));
      if (seen.size >= total) break;
      await box.evaluate((el) => el.scrollBy({ top: el.clientHeight }));
      await expect.poll(() => this.rows.evaluateAll((items) => items.map((li) => li.getAttribute('aria-posinset')).join())).not.toBe(rows.map(([p]) => p).join());
    }
    return [...seen.entries()].sort(([a], [b]) => a - b).map(([, number]) => number);
  }

  async openReportOfOpenWorkOrders(): Promise<void> {
    await this.page.getByRole('link', { name: 'Report of open work orders' }).click();
  }

  /** Opens the first listed work order and returns its id (from the address). */
  async openFirst(): Promise<string> {
    await expect(this.rows.first()).toBeVisible();
    await this.rows.first().getByRole('link').click();
    await expect(this.page.getByTestId('work-order-page')).toBeVisible();
    return decodeURIComponent(new URL(this.page.url()).hash.replace('#/work-orders/', ''));
  }
}
