import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, type ReportTable } from '../../../../src-renderer/features/reports/report-table';

const table: ReportTable<'number' | 'title' | 'assignee'> = {
  columns: [
    { key: 'number', label: 'Number' },
    { key: 'title', label: 'Title' },
    { key: 'assignee', label: 'Assignee' },
  ],
  rows: [
    { number: 'WO-10001', title: 'Printer jams, tray 2', assignee: 'Zoë Núñez' },
    { number: 'WO-10002', title: 'Badge reader says "card invalid"', assignee: 'Łukasz Wiśniewski' },
    { number: 'WO-10003', title: 'Monitor flickers\r\nafter lunch\nevery day', assignee: '김민준' },
    { number: 'WO-10004', title: '  spaces kept  ', assignee: '' },
  ],
};

// csv-parse (strict RFC 4180, another library than the one that writes the file) reads it back.
const readBack = (csv: string) => parse(csv, { bom: true, relax_quotes: false, skip_empty_lines: false }) as string[][];

describe('a report exported as CSV', () => {
  it('reads back exactly: commas, quotes, line breaks and non-ASCII names intact, under a header row', () => {
    const [header, ...rows] = readBack(toCsv(table));
    expect(header).toEqual(['Number', 'Title', 'Assignee']);
    expect(rows).toEqual(table.rows.map((r) => [r.number, r.title, r.assignee]));
  });

  it('starts with a UTF-8 byte-order mark and ends its records with CRLF, as Excel expects', () => {
    const csv = toCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith('Number,Title,Assignee\r\n')).toBe(true);
    // A line break inside a field is quoted, so the records still split on CRLF outside quotes.
    expect(csv).toContain('WO-10001,"Printer jams, tray 2",Zoë Núñez\r\n');
    expect(csv).toContain('"Badge reader says ""card invalid"""');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('never lets a cell run as a spreadsheet formula: it is kept as text with a leading apostrophe', () => {
    const risky: ReportTable<'title'> = { columns: [{ key: 'title', label: 'Title' }], rows: [{ title: '=HYPERLINK("http://x","click")' }, { title: '@SUM(A1)' }, { title: 'plain' }] };
    const [, ...rows] = readBack(toCsv(risky));
    expect(rows).toEqual([["'=HYPERLINK(\"http://x\",\"click\")"], ["'@SUM(A1)"], ['plain']]);
  });

  it('of no rows is the header alone', () => {
    expect(readBack(toCsv({ columns: table.columns, rows: [] }))).toEqual([['Number', 'Title', 'Assignee']]);
  });
});
