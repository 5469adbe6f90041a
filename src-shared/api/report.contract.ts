/** The paper sizes a report is laid out for: A4 (most of the world) and US Letter. */
export const paperSizes = ['A4', 'Letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/**
 * How a "Save PDF" ended: written where the user chose, cancelled in the save dialog, or handed
 * to the browser's own print dialog (the browser host, where "Save as PDF" is one of its printers).
 */
export type SavePdfResult = { outcome: 'saved'; path: string } | { outcome: 'cancelled' } | { outcome: 'print-dialog' };

/** What to save: the suggested file name (no folder) and the paper the report is laid out for. */
export type SavePdfRequest = { fileName: string; paper: PaperSize };

export type ReportContract = {
  /** Prints the report on screen to a PDF and saves it where the user picks (a save dialog). */
  'report:save-pdf': (arg: SavePdfRequest) => Promise<SavePdfResult>;
};

export const reportChannels = ['report:save-pdf'] as const satisfies readonly (keyof ReportContract)[];

/**
 * The argument's schema, checked at the IPC boundary: a plain file name ending in .pdf (no folder,
 * nothing a file system could read as a path), and one of the paper sizes.
 */
export const savePdfRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['fileName', 'paper'],
  properties: {
    fileName: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9 ._-]{0,100}\\.pdf$' },
    paper: { type: 'string', enum: paperSizes },
  },
} as const;
