import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The ergonomics specifications the module follows, as the county published them: copies kept in
 * docs/specs (ROSA.md, OSHA-checklist.md), so the tests that compare the code with them run
 * everywhere, CI included.
 */
export const specDir = fileURLToPath(new URL('../../../../../docs/specs/', import.meta.url));

/** The text of one specification file. */
export function specText(name: 'ROSA.md' | 'OSHA-checklist.md'): string {
  return readFileSync(`${specDir}${name}`, 'utf8');
}

/** A Markdown table's numeric body: the first row and column index, and the cells row by row. */
export type MarkdownGrid = { firstRow: number; firstColumn: number; cells: number[][] };

/**
 * The first grid after `heading` in `markdown`: the header row is the one with a `\` (`Seat \ Arm+Back`),
 * the body rows start with a bold index (`| **2** |`); footnote marks (ᵃ) and bold are dropped.
 */
export function gridAfter(markdown: string, heading: string): MarkdownGrid {
  const start = markdown.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const cellsOf = (line: string) => line.split('|').slice(2, -1).map((cell) => Number(cell.replace(/[*ᵃ]/g, '').trim()));
  let firstColumn = Number.NaN;
  let firstRow = Number.NaN;
  const cells: number[][] = [];
  for (const line of markdown.slice(start).split('\n').slice(1)) {
    const row = /^\| \*\*(\d+)\*\* \|/.exec(line);
    if (line.startsWith('|') && line.includes('\\')) firstColumn = cellsOf(line)[0] ?? Number.NaN;
    else if (row) {
      if (cells.length === 0) firstRow = Number(row[1]);
      cells.push(cellsOf(line));
    } else if (cells.length > 0) break;
  }
  return { firstRow, firstColumn, cells };
}

/** One section of OSHA-checklist.md's version 1 as written there, with its [V] / [R] markers. */
export type OshaSpecSection = {
  title: string;
  marker?: string;
  quotes: string[];
  items: { number: number; marker?: string; text: string }[];
};

/**
 * Version 1 of OSHA-checklist.md: `### N. TITLE [V]` headings, quoted lead-ins and "'No' answers…"
 * lines (joined across line breaks), and `N. [R] text` items whose wrapped lines are indented.
 */
export function oshaVersion1(markdown: string): OshaSpecSection[] {
  const body = markdown.slice(markdown.indexOf('## Version 1'), markdown.indexOf('## Version 2'));
  const sections: OshaSpecSection[] = [];
  let quote: string[] | undefined;
  let item: OshaSpecSection['items'][number] | undefined;
  for (const line of body.split('\n')) {
    const heading = /^### \d+\. (.+?)(?: \[(V|R)\])?$/.exec(line);
    const numbered = /^(\d+)\. (?:\[(V, start only|V|R)\] )?(.*)$/.exec(line);
    const section = sections.at(-1);
    if (heading) {
      sections.push({ title: heading[1] ?? '', ...(heading[2] ? { marker: heading[2] } : {}), quotes: [], items: [] });
      item = undefined;
    } else if (section && numbered) {
      item = { number: Number(numbered[1]), ...(numbered[2] ? { marker: numbered[2] } : {}), text: numbered[3] ?? '' };
      section.items.push(item);
    } else if (section && item && /^ {3}\S/.test(line)) {
      item.text = `${item.text} ${line.trim()}`;
    } else if (section && (quote || line.startsWith('"'))) {
      quote = [...(quote ?? []), line.trim()];
      if (line.trimEnd().endsWith('"')) {
        section.quotes.push(quote.join(' ').slice(1, -1));
        quote = undefined;
      }
      item = undefined;
    } else item = undefined;
  }
  return sections;
}
