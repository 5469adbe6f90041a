import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One image of ../shared/corpus/barcodes with the text it holds (MANIFEST.tsv). */
export type CorpusImage = { format: string; file: string; expected: string };

/** The corpus beside the checkout (CI has a copy of shared/ there), or BENCH_CORPUS. */
export const corpusDir = process.env.BENCH_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/barcodes', import.meta.url));

/** MANIFEST.tsv escapes `\\`, `\t`, `\n`, `\r` in expected_text. */
function unescapeManifest(text: string): string {
  return text.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? c);
}

/** Every image of the corpus, in manifest order; `perFormat` keeps only the first few of each format. */
export function readCorpus(perFormat = Infinity): CorpusImage[] {
  const manifest = join(corpusDir, 'MANIFEST.tsv');
  if (!existsSync(manifest)) throw new Error(`no barcode corpus at ${corpusDir} (set BENCH_CORPUS to its folder)`);
  const seen = new Map<string, number>();
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [format = '', file = '', expected = ''] = line.split('\t');
      return { format, file, expected: unescapeManifest(expected) };
    })
    .filter((image) => {
      const n = (seen.get(image.format) ?? 0) + 1;
      seen.set(image.format, n);
      return n <= perFormat;
    });
}

const controlNames = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US'];

/** Texts compared as upstream compares them (the corpus README): ASCII control characters written `<LF>`, `<GS>` ... */
export function comparable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `<${controlNames[c.charCodeAt(0)] ?? 'DEL'}>`);
}

/**
 * A UPC-A is an EAN-13 with a leading 0; the corpus writes all 13 digits. A decoder that reports
 * the format as UPC-A with 12 digits read the same code.
 */
export function asCorpusText(format: string, text: string): string {
  return /^UPC_?A$/i.test(format) && /^\d{12}$/.test(text) ? `0${text}` : text;
}

export type Outcome = 'right' | 'wrong' | 'unread';

export function outcome(image: CorpusImage, read: { format: string; text: string } | null): Outcome {
  if (!read) return 'unread';
  return comparable(asCorpusText(read.format, read.text)) === comparable(image.expected) ? 'right' : 'wrong';
}
