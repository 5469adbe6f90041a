import { v7 as uuidv7 } from 'uuid';
import type { Attachment, AttachmentKind, AttachmentMime, AttachmentOwner } from '@shared/schema/attachment.schema';
import { sha256Hex } from '@shared/domain/attachment-content';
import type { FieldDeskDatabase } from '../../db/database';
import type { AttachmentFiles } from '../../db/attachment-files';

export type NewAttachment = {
  owner: { collection: AttachmentOwner; id: string };
  kind: AttachmentKind;
  mime: AttachmentMime;
  bytes: Uint8Array;
  width: number;
  height: number;
  caption: string;
  createdBy: string;
};

/**
 * Keeps a photo or signature on this device, offline or not: the bytes first (a metadata
 * document never names bytes the device does not have), then the metadata, which syncs like any
 * document; the bytes follow it to the server (content-transfer.ts).
 */
export async function saveAttachment(db: FieldDeskDatabase, files: AttachmentFiles, input: NewAttachment): Promise<Attachment> {
  const id = uuidv7();
  const at = new Date().toISOString();
  await files.keepNew(id, input.mime, input.bytes);
  const doc: Attachment = {
    id,
    owner: input.owner,
    kind: input.kind,
    mime: input.mime,
    byteSize: input.bytes.byteLength,
    width: input.width,
    height: input.height,
    sha256: await sha256Hex(input.bytes),
    caption: input.caption,
    createdBy: input.createdBy,
    createdAt: at,
    updatedAt: at,
  };
  await db.attachments.insert(doc);
  return doc;
}
