import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Attachment, AttachmentOwner } from '@shared/schema/attachment.schema';

/**
 * Bytes that begin as a JPEG does (FF D8 FF, then a JFIF segment) followed by noise: what the
 * server checks is the magic number, size and hash, not whether a decoder could draw it.
 */
export function jpegBytes(size = 2048): Uint8Array {
  const head = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00];
  const bytes = new Uint8Array(size);
  bytes.set(randomBytes(size));
  bytes.set(head);
  return bytes;
}

export const pngBytes = (size = 1024): Uint8Array => {
  const bytes = new Uint8Array(randomBytes(size));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

export const svgBytes = (body = '<path d="M 10 10 L 90 90" stroke="black" fill="none"/>'): Uint8Array =>
  new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">${body}</svg>`);

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The metadata of `bytes` attached to `owner` by `createdBy`; override any field. */
export function newAttachment(
  owner: { collection: AttachmentOwner; id: string },
  createdBy: string,
  bytes: Uint8Array,
  overrides: Partial<Attachment> = {},
): Attachment & { _deleted: boolean } {
  const at = new Date().toISOString();
  return {
    id: uuidv7(),
    owner,
    kind: 'photo',
    mime: 'image/jpeg',
    byteSize: bytes.byteLength,
    width: 1600,
    height: 1200,
    sha256: sha256(bytes),
    caption: 'Jammed fuser',
    createdBy,
    createdAt: at,
    updatedAt: at,
    ...overrides,
    _deleted: false,
  };
}

/** `PUT /attachments/<id>/content` as the app sends it; resolves status and parsed body. */
export async function putContent(baseUrl: string, token: string, id: string, bytes: Uint8Array, mime = 'image/jpeg') {
  const response = await fetch(`${baseUrl}/attachments/${id}/content`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': mime },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** `GET /attachments/<id>/content`: status, type and bytes (or the error body). */
export async function getContent(baseUrl: string, token: string, id: string) {
  const response = await fetch(`${baseUrl}/attachments/${id}/content`, { headers: { authorization: `Bearer ${token}` } });
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) return { status: response.status, type, bytes: null, body: (await response.json()) as Record<string, unknown> };
  return { status: response.status, type, bytes: new Uint8Array(await response.arrayBuffer()), body: null };
}

/**
 * An uncompressed 24-bit BMP of random noise: a picture every browser decodes, and the worst case
 * for JPEG (no two neighbouring pixels alike), so it stays large at any quality.
 */
export function noiseBmp(width: number, height: number): Buffer {
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'ascii');
  header.writeUInt32LE(54 + rowBytes * height, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(width, 18);
  header.writeInt32LE(height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  header.writeUInt32LE(rowBytes * height, 34);
  return Buffer.concat([header, randomBytes(rowBytes * height)]);
}
