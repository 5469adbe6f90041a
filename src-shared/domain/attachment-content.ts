import type { AttachmentMime } from '../schema/attachment.schema';

/** Largest attachment the device stores and the server accepts by default (400 KiB). */
export const maxAttachmentBytes = 400 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

const jpeg = [0xff, 0xd8, 0xff];
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The first characters of `bytes` read as text (UTF-8 or ASCII; enough to find an SVG's root). */
function leadingText(bytes: Uint8Array, length: number): string {
  let text = '';
  for (let i = 0; i < Math.min(bytes.length, length); i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

/**
 * What the bytes are, by their magic numbers, never by what the sender declared: JPEG (FF D8 FF),
 * PNG (its 8-byte signature), or SVG (text whose first element, after an optional byte-order mark,
 * XML declaration, comments and doctype, is `<svg`). Null for anything else.
 */
export function sniffMime(bytes: Uint8Array): AttachmentMime | null {
  if (startsWith(bytes, jpeg)) return 'image/jpeg';
  if (startsWith(bytes, png)) return 'image/png';
  const text = leadingText(bytes, 1024).replace(/^\xef\xbb\xbf/, '');
  const prolog = /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i;
  return prolog.test(text) ? 'image/svg+xml' : null;
}

/**
 * Whether an SVG holds drawing only. A signature is paths and shapes; a script, an event handler,
 * embedded HTML or a link to elsewhere has no business in one, and would run or leak wherever
 * the SVG is opened as a document rather than as an image.
 */
export function svgIsDrawingOnly(svg: string): boolean {
  const forbidden = [/<script/i, /<foreignObject/i, /\son[a-z]+\s*=/i, /javascript:/i, /<iframe/i, /<(image|use)\b[^>]*href\s*=\s*["'](?!#)/i, /@import/i];
  return !forbidden.some((pattern) => pattern.test(svg));
}

/** Why bytes cannot be stored as `mime`, in words naming the problem; null when they can. */
export function contentProblem(bytes: Uint8Array, mime: AttachmentMime): string | null {
  const actual = sniffMime(bytes);
  if (actual !== mime) return actual ? `the bytes are ${actual}, not ${mime}` : `the bytes are not ${mime} (their first bytes are no image's)`;
  if (mime === 'image/svg+xml' && !svgIsDrawingOnly(new TextDecoder().decode(bytes))) {
    return 'an SVG signature may hold drawing only (no scripts, event handlers, embedded pages or outside links)';
  }
  return null;
}

/** The SHA-256 of `bytes` in lower-case hex: the metadata names it, the server checks it. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
