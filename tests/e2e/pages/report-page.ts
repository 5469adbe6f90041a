import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** A printable report (src-renderer/features/reports): its heading, table and buttons. */
export class ReportPage {
  constructor(private readonly page: Page, private readonly name = 'Open work orders') {}

  get report() {
    return this.page.getByRole('article', { name: this.name });
  }
  get title() {
    return this.report.getByRole('heading', { level: 1 });
  }
  get table() {
    return this.report.getByRole('table');
  }
  get notice() {
    return this.report.getByRole('status');
  }
  get paper() {
    return this.report.getByRole('combobox', { name: 'Paper' });
  }

  /** The table as the user reads it: the header row, then each row's cells. */
  async cells(): Promise<string[][]> {
    return this.table.getByRole('row').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')));
  }

  /** Presses "Export CSV" and returns the downloaded file's name and text (the BOM kept). */
  async exportCsv(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.report.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    const path = await file.path();
    return { fileName: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /**
   * Presses "Print / Save PDF" and resolves once the browser's print dialog was asked for. Headless
   * Chromium shows no dialog, so the page's window.print is watched (and does nothing else).
   */
  async printWithTheBrowser(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as Window & { printDialogsOpened?: number };
      w.printDialogsOpened = 0;
      w.print = () => void (w.printDialogsOpened = (w.printDialogsOpened ?? 0) + 1);
    });
    await this.report.getByRole('button', { name: 'Print / Save PDF' }).click();
    await this.page.waitForFunction(() => (window as Window & { printDialogsOpened?: number }).printDialogsOpened === 1);
  }
}
