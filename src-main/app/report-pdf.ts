import { basename, extname, join } from 'node:path';
import type { PaperSize, SavePdfRequest, SavePdfResult } from '@shared/api/report.contract';

/** Page margins in inches, the unit printToPDF takes: room for the page number in the bottom margin. */
export const reportMargins = { top: 0.6, bottom: 0.75, left: 0.55, right: 0.55 } as const;

/** The options handed to `webContents.printToPDF` (a subset of Electron's, kept plain for tests). */
export type PdfOptions = {
  pageSize: PaperSize;
  printBackground: boolean;
  preferCSSPageSize: boolean;
  margins: typeof reportMargins;
};

/** What saving needs from Electron, injected so the logic runs in Node tests without the binary. */
export type PdfSaveDeps = {
  /** Prints the window's page (`webContents.printToPDF`). */
  print(options: PdfOptions): Promise<Uint8Array>;
  /** Asks where to save (`dialog.showSaveDialog`). */
  askWhere(options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Where the dialog opens (the user's Documents folder). */
  defaultFolder: string;
};

/** The print settings of a report: the chosen paper, backgrounds on (row shading), the CSS page size. */
export function pdfOptions(paper: PaperSize): PdfOptions {
  return { pageSize: paper, printBackground: true, preferCSSPageSize: true, margins: reportMargins };
}

/**
 * `report:save-pdf` in the main process: asks where to save first (a cancelled dialog prints
 * nothing), then prints the page as it is on screen and writes the file. The request was checked
 * against its schema at the IPC boundary; the name is reduced to a base name once more here,
 * because it becomes part of a path.
 */
export async function saveReportPdf(request: SavePdfRequest, deps: PdfSaveDeps): Promise<SavePdfResult> {
  const answer = await deps.askWhere({
    title: 'Save report as PDF',
    defaultPath: join(deps.defaultFolder, basename(request.fileName)),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
  if (answer.canceled || !answer.filePath) return { outcome: 'cancelled' };
  const path = extname(answer.filePath).toLowerCase() === '.pdf' ? answer.filePath : `${answer.filePath}.pdf`;
  const pdf = await deps.print(pdfOptions(request.paper));
  await deps.writeFile(path, pdf);
  return { outcome: 'saved', path };
}
