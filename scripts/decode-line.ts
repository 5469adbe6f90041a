import type { Decoded } from '@shared/scanning/barcode-decoder';

/**
 * Escapes a decoded text for one line of `npm run decode`: backslash, tab, line feed and carriage
 * return, so every file is one line and its fields split on tabs.
 */
export function escapeDecodedText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c);
}

/** `FILE<TAB>FORMAT<TAB>TEXT`; FORMAT `-` and TEXT empty when nothing was read. */
export function decodeLine(file: string, decoded: Decoded | null): string {
  return decoded ? `${file}\t${decoded.format}\t${escapeDecodedText(decoded.text)}` : `${file}\t-\t`;
}
