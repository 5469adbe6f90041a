import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/api-error';
import { channels, type FieldDeskContract } from '@shared/api/contract';
import { bindContract, serveContract } from '@shared/api/transport';
import { saveReportPdf, type PdfOptions, type PdfSaveDeps } from '../../../src-main/app/report-pdf';

const pdfBytes = new TextEncoder().encode('%PDF-1.7 a report');

/** Electron's printToPDF and save dialog replaced by fakes (the binary cannot run here); the file is really written. */
function fakeElectron(answer: { canceled: boolean; filePath?: string }) {
  const printed: PdfOptions[] = [];
  const asked: Parameters<PdfSaveDeps['askWhere']>[0][] = [];
  const deps: PdfSaveDeps = {
    print: async (options) => (printed.push(options), pdfBytes),
    askWhere: async (options) => (asked.push(options), answer),
    writeFile: (path, data) => writeFile(path, data),
    defaultFolder: '/home/ana/Documents',
  };
  return { deps, printed, asked };
}

describe('report:save-pdf in the main process (mocked Electron binary)', () => {
  it('asks where, suggesting the report name in Documents, then writes the printed PDF there', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'fd-pdf-')), 'open work orders.pdf');
    const electron = fakeElectron({ canceled: false, filePath: target });
    const result = await saveReportPdf({ fileName: 'open-work-orders-2026-05-07.pdf', paper: 'Letter' }, electron.deps);
    expect(result).toEqual({ outcome: 'saved', path: target });
    expect(readFileSync(target)).toEqual(Buffer.from(pdfBytes));
    expect(electron.asked[0]).toMatchObject({ defaultPath: '/home/ana/Documents/open-work-orders-2026-05-07.pdf', filters: [{ extensions: ['pdf'] }] });
    expect(electron.printed).toEqual([expect.objectContaining({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true })]);
  });

  it('prints and writes nothing when the save dialog is cancelled', async () => {
    const electron = fakeElectron({ canceled: true });
    expect(await saveReportPdf({ fileName: 'r.pdf', paper: 'A4' }, electron.deps)).toEqual({ outcome: 'cancelled' });
    expect(electron.printed).toEqual([]);
  });

  it('adds .pdf to a name typed without it', async () => {
    const bare = join(mkdtempSync(join(tmpdir(), 'fd-pdf-')), 'weekly');
    const result = await saveReportPdf({ fileName: 'r.pdf', paper: 'A4' }, fakeElectron({ canceled: false, filePath: bare }).deps);
    expect(result).toEqual({ outcome: 'saved', path: `${bare}.pdf` });
    expect(existsSync(`${bare}.pdf`)).toBe(true);
  });
});

describe('report:save-pdf across the IPC boundary', () => {
  const calls: unknown[] = [];
  const impl = Object.fromEntries(channels.map((c) => [c, async (arg: unknown) => (calls.push(arg), { outcome: 'cancelled' })])) as unknown as FieldDeskContract;
  const served = serveContract(impl);
  const api = bindContract((channel, arg) => served[channel](arg));

  it('passes a plain file name and a paper size through', async () => {
    expect(await api['report:save-pdf']({ fileName: 'Open work orders 2026-05-07.pdf', paper: 'A4' })).toEqual({ outcome: 'cancelled' });
  });

  it.each([
    ['a path instead of a name', { fileName: '../../.bashrc.pdf', paper: 'A4' }, 'fileName'],
    ['a folder in the name', { fileName: 'C:\\Windows\\evil.pdf', paper: 'A4' }, 'fileName'],
    ['another file type', { fileName: 'report.exe', paper: 'A4' }, 'fileName'],
    ['a paper size reports are not laid out for', { fileName: 'r.pdf', paper: 'Tabloid' }, 'paper'],
    ['an extra property', { fileName: 'r.pdf', paper: 'A4', printer: 'lp0' }, 'printer'],
  ])('refuses %s, naming the field, before the main process sees it', async (_, arg, field) => {
    const before = calls.length;
    const error = await (api['report:save-pdf'] as (a: unknown) => Promise<unknown>)(arg).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'rejected', field });
    expect(calls.length).toBe(before);
  });
});
