import Papa from 'papaparse';

/** One column of a report: the key of its cell in each row, the heading people read, and whether its cells stay on one line (codes, "P2 High"). */
export type ReportColumn<K extends string = string> = { key: K; label: string; nowrap?: boolean };

/** What a report shows, in the words and order printed: the same data makes its table and its CSV. */
export type ReportTable<K extends string = string> = {
  columns: readonly ReportColumn<K>[];
  rows: readonly Record<K, string>[];
};

/** Excel reads a CSV as UTF-8 (names like "Zoë Núñez" intact) only when it starts with a byte-order mark. */
const utf8Bom = '\uFEFF';

/**
 * The table as RFC 4180 CSV: a header row of the column labels, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break (papaparse does the quoting, not us). Cells that
 * a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) are
 * prefixed with an apostrophe, so a work-order title can never run in the supervisor's Excel.
 */
export function toCsv(table: ReportTable): string {
  const csv = Papa.unparse(
    { fields: table.columns.map((c) => c.label), data: table.rows.map((row) => table.columns.map((c) => row[c.key] ?? '')) },
    { newline: '\r\n', escapeFormulae: true, header: true },
  );
  return `${utf8Bom}${csv}`;
}
