import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { ReportPage } from './pages/report-page';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { pdfPages } from '../support/pdf-text';

const env = useCentralServer({ demoAssets: 300 });
const site = 'Riverton Public Library';

test("a supervisor prints and exports the open work orders of a site, as the list shows them", async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'super01');
  await new SyncIndicator(page).expectUpToDate();
  const supervisor = await new AppShell(page).userName();

  const list = new WorkOrderListPage(page);
  await list.showScope("Everyone's");
  await list.filterSite(site);
  await list.filterStatus('Open');
  await expect(list.rows.first()).toBeVisible();
  const listed = await list.numbers();

  await list.openReportOfOpenWorkOrders();
  const report = new ReportPage(page);
  await expect(report.title).toHaveText('Open work orders');
  await expect(report.report).toContainText(`All assignees · ${site} · All priorities`);
  await expect(report.report).toContainText(`Printed by ${supervisor} on`);
  await expect(report.paper).toHaveValue('Letter');
  const [header, ...rows] = await report.cells();
  expect(header).toEqual(['Number', 'Title', 'Site', 'Status', 'Priority', 'Assignee']);
  // The same work orders as the list, in its order: the report is of what the supervisor was looking at.
  expect(rows.map((r) => r[0])).toEqual(listed);
  expect(new Set(rows.map((r) => r[2]))).toEqual(new Set([site]));
  expect(rows.every((r) => ['New', 'Assigned', 'In progress'].includes(r[3] ?? '') || /^On hold/.test(r[3] ?? ''))).toBe(true);

  const csv = await report.exportCsv();
  expect(csv.fileName).toMatch(/^open-work-orders-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  expect(parse(csv.text, { bom: true })).toEqual([header, ...rows]);
  await expect(report.notice).toHaveText(`Exported ${rows.length} open work order${rows.length === 1 ? '' : 's'} as ${csv.fileName}.`);

  // The browser host has no file system of its own: the button opens the browser's print dialog.
  await report.printWithTheBrowser();

  // On paper: the report with its rows and page numbers, not the app's top bar or the buttons.
  const pdf = join(mkdtempSync(join(tmpdir(), 'fd-e2e-report-')), 'report.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = pdfPages(pdf);
  const text = pages.join('\n');
  expect(text).toContain('Open work orders');
  for (const row of rows) expect(text).toContain(row[0] ?? 'missing');
  expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  expect(text).not.toContain('Sign out');
  expect(text).not.toContain('Export CSV');

  await context.close();
});

test('a technician turns the sounds off, and they stay off when the app is reloaded', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, 'tech02');
  const sounds = page.getByRole('switch', { name: 'Sounds' });
  await expect(sounds).toBeChecked();
  await sounds.uncheck();
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Sounds' })).not.toBeChecked();
  await context.close();
});
