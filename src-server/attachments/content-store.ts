import { createHash } from 'node:crypto';
import { attachmentMimes, isAttachmentMime, type AttachmentMime } from '@shared/schema/attachment.schema';
import { contentProblem } from '@shared/domain/attachment-content';
import type { Actor } from '@shared/domain/access';
import type { Database } from '../db/database';
import { readFilter } from '../sync/read-filters';
import { RequestError } from '../sync/request-error';
import { advanceSequence, lockSequence } from '../sync/sequence';

type Writer = Actor & { device: string };
type Metadata = { data: Record<string, unknown>; deleted: boolean };

const notHere = (id: string) => new RequestError(404, `no attachment ${id} that you may read`, 'id');

/**
 * Checks bytes before anything is read or written: the size against the server's limit (413), the
 * declared type against the known ones, and the bytes themselves by their magic numbers (400): a
 * file renamed to .jpg is no JPEG.
 */
export function checkContent(bytes: Uint8Array, declared: string, maxBytes: number): AttachmentMime {
  if (bytes.byteLength > maxBytes) throw new RequestError(413, `an attachment is at most ${maxBytes} bytes, this one has ${bytes.byteLength}`, 'content');
  if (!isAttachmentMime(declared)) throw new RequestError(400, `an attachment is ${attachmentMimes.join(', ')}, not "${declared}"`, 'mime');
  const problem = contentProblem(bytes, declared);
  if (problem) throw new RequestError(400, `content: ${problem}`, 'content');
  return declared;
}

/**
 * Stores the bytes of attachment `id`, whose metadata its author pushed first, and stamps the
 * metadata's `uploadedAt` with a new sequence number, so every reader's next pull learns the
 * picture can be downloaded. The bytes must be what the metadata says (type, size, SHA-256), and
 * never change: the same bytes again are accepted as they are (a replayed upload), others are 409.
 */
export async function storeContent(db: Database, id: string, declared: string, bytes: Uint8Array, writer: Writer, maxBytes: number, now: Date): Promise<{ uploadedAt: string }> {
  const mime = checkContent(bytes, declared, maxBytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return db.transaction(async (tx) => {
    const base = await lockSequence(tx, 'attachments');
    const found = await tx.query<Metadata>("SELECT data, deleted FROM documents WHERE collection = 'attachments' AND id = $1", [id]);
    const meta = found.rows[0];
    if (!meta || meta.deleted) throw new RequestError(404, `no attachment ${id}: push its details before its content`, 'id');
    if (meta.data.createdBy !== writer.id) throw new RequestError(403, 'only the person who took a photo or collected a signature sends its content', 'createdBy');
    if (meta.data.mime !== mime) throw new RequestError(400, `the attachment is ${String(meta.data.mime)}, the content sent is ${mime}`, 'mime');
    if (meta.data.byteSize !== bytes.byteLength) throw new RequestError(400, `the attachment has ${String(meta.data.byteSize)} bytes, the content sent has ${bytes.byteLength}`, 'byteSize');
    if (meta.data.sha256 !== sha256) throw new RequestError(400, 'the content sent is not the one the attachment describes (SHA-256 differs)', 'content');
    const held = await tx.query<{ sha256: string }>('SELECT sha256 FROM attachment_content WHERE id = $1', [id]);
    if (held.rows[0]) {
      if (held.rows[0].sha256 !== sha256) throw new RequestError(409, 'this attachment already has other content, which never changes', 'content');
      return { uploadedAt: String(meta.data.uploadedAt ?? now.toISOString()) };
    }
    const uploadedAt = now.toISOString();
    await tx.query('INSERT INTO attachment_content (id, mime, bytes, sha256, stored_by) VALUES ($1, $2, $3, $4, $5)', [id, mime, bytes, sha256, writer.id]);
    const seq = base + 1;
    const data = { ...meta.data, uploadedAt };
    await tx.query("UPDATE documents SET seq = $2, data = $3::jsonb WHERE collection = 'attachments' AND id = $1", [id, seq, JSON.stringify(data)]);
    await tx.query(
      "INSERT INTO audit_events (user_id, device, collection, doc_id, before, after) VALUES ($1, $2, 'attachments', $3, $4::jsonb, $5::jsonb)",
      [writer.id, writer.device, id, JSON.stringify({ ...meta.data, _deleted: false }), JSON.stringify({ ...data, _deleted: false })],
    );
    await advanceSequence(tx, 'attachments', seq);
    return { uploadedAt };
  });
}

/**
 * The bytes of attachment `id`, when `reader` may read it: by the attachment's read rule, which is
 * its owner's (../sync/read-filters.ts). One that exists but is not theirs to read is as absent
 * as one that does not exist (404 naming `id`); one whose bytes have not arrived yet is 404 naming `content`.
 */
export async function readContent(db: Database, id: string, reader: Actor, now: Date): Promise<{ mime: AttachmentMime; bytes: Uint8Array }> {
  const filter = readFilter('attachments', reader, now, 2);
  const { rows } = await db.query<{ mime: AttachmentMime | null; bytes: Uint8Array | null }>(
    `SELECT c.mime, c.bytes FROM documents d LEFT JOIN attachment_content c ON c.id = d.id
      WHERE d.collection = 'attachments' AND d.id = $1 AND NOT d.deleted AND ${filter.sql}`,
    [id, ...filter.params],
  );
  const row = rows[0];
  if (!row) throw notHere(id);
  if (!row.bytes || !row.mime) throw new RequestError(404, `the content of attachment ${id} has not reached the server yet`, 'content');
  return { mime: row.mime, bytes: row.bytes };
}
