import { mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperSize } from '@shared/api/report.contract';
import { saveReportPdf, type PdfOptions } from '../../../src-main/app/report-pdf';
import { ReportLayout } from '../../../src-renderer/features/reports/ReportLayout';
import { ReportTableView } from '../../../src-renderer/features/reports/ReportTableView';
import { openWorkOrdersTable } from '../../../src-renderer/features/reports/open-work-orders';
import { chromiumArgs } from '../../../playwright.config';
import { newWorkOrder } from '../../support/documents';
import { pdfPages, pdfPaper } from '../../support/pdf-text';

const stylesheets = ['src-renderer/ui/styles.css', 'src-renderer/features/reports/report.css'].map((f) => readFileSync(f, 'utf8'));

const people = new Map([['tech-01', 'Zoë Núñez'], ['tech-02', 'Łukasz Wiśniewski']]);
const sites = new Map([['site-001', 'Courthouse Annex'], ['site-002', 'Bibliothèque Saint-Jean']]);
// Enough rows for three pages, and a closed one that the report leaves out.
const workOrders = [
  ...Array.from({ length: 70 }, (_, i) =>
    newWorkOrder({ createdBy: 'tech-01', number: 10100 + i, title: `Jam ${i}, "tray 2"`, siteId: i % 2 ? 'site-002' : 'site-001', status: 'assigned', assigneeId: i % 2 ? 'tech-02' : 'tech-01' }),
  ),
  newWorkOrder({ createdBy: 'tech-01', number: 10999, title: 'Closed and gone', status: 'closed', assigneeId: 'tech-01' }),
];

/** The report as the app renders it (the same components and stylesheets), in a page of its own. */
function reportHtml(paper: PaperSize): string {
  const table = openWorkOrdersTable(workOrders, { sites, people });
  const body = renderToStaticMarkup(
    createElement(ReportLayout, {
      heading: { county: 'Harris County', title: 'Open work orders', scope: 'All assignees · All sites · All priorities', printedBy: 'Ana Ruiz', printedAt: new Date(2026, 4, 7, 9, 30) },
      paper,
      children: createElement(ReportTableView, { table, caption: `${table.rows.length} open work orders`, empty: 'None' }),
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${stylesheets.join('\n')}</style></head><body><main>${body}</main></body></html>`;
}

/** Electron's printToPDF, played by Playwright's page.pdf on the same Chromium engine with the same options. */
const printWith = (page: Page) => async (options: PdfOptions) => {
  const inches = (n: number) => `${n}in`;
  const { top, bottom, left, right } = options.margins;
  return page.pdf({
    format: options.pageSize,
    printBackground: options.printBackground,
    preferCSSPageSize: options.preferCSSPageSize,
    margin: { top: inches(top), bottom: inches(bottom), left: inches(left), right: inches(right) },
  });
};

describe('a report saved as PDF, printed by Chromium (the Electron save dialog mocked)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  });
  afterAll(async () => browser?.close());

  it.each([['A4', 'A4'], ['Letter', 'letter']] as const)('on %s holds its heading, every open row and numbered pages', async (paper, pdfinfoName) => {
    const page = await browser.newPage();
    await page.setContent(reportHtml(paper));
    const file = join(mkdtempSync(join(tmpdir(), 'fd-report-')), 'report.pdf');
    const saved = await saveReportPdf(
      { fileName: 'open-work-orders.pdf', paper },
      { print: printWith(page), askWhere: async () => ({ canceled: false, filePath: file }), writeFile: (path, data) => writeFile(path, data), defaultFolder: tmpdir() },
    );
    await page.close();
    expect(saved).toEqual({ outcome: 'saved', path: file });

    expect(pdfPaper(file)).toBe(pdfinfoName);
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const first = pages[0] ?? '';
    expect(first).toContain('HARRIS COUNTY');
    expect(first).toContain('Open work orders');
    expect(first).toMatch(/Printed by Ana Ruiz on May 7, 2026/);
    const text = pages.join('\n');
    for (const wo of workOrders.filter((w) => w.status !== 'closed')) expect(text).toContain(`WO-${wo.number}`);
    expect(text).toContain('Jam 0, "tray 2"');
    expect(text).toMatch(/Zoë Núñez/);
    expect(text).toMatch(/Łukasz Wiśniewski/);
    expect(text).toMatch(/Bibliothèque Saint-Jean/);
    expect(text).not.toContain('WO-10999');
    // The header row repeats on each page; each page carries "Page n of N".
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toMatch(/Number\s+Title\s+Site\s+Status\s+Priority\s+Assignee/);
    });
  });
});
