import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext reads it (poppler-utils), page by page. */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** The page size poppler's pdfinfo reports ("A4", "letter"). */
export function pdfPaper(file: string): string {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return /Page size:.*\(([^)]+)\)/.exec(info)?.[1] ?? 'unknown';
}
