import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference } from './common';
import type { SchemaViolation } from './validate';

/** The collections whose documents may carry attachments (their wire names). */
export const attachmentOwners = ['work-orders', 'assets', 'ergonomic-assessments', 'asset-events'] as const;
export type AttachmentOwner = (typeof attachmentOwners)[number];

export const attachmentKinds = ['photo', 'signature'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

/** What the bytes may be: photos are always JPEG (downscaled on the device), signatures SVG or PNG. */
export const attachmentMimes = ['image/jpeg', 'image/png', 'image/svg+xml'] as const;
export type AttachmentMime = (typeof attachmentMimes)[number];
export const isAttachmentMime = (value: string): value is AttachmentMime => (attachmentMimes as readonly string[]).includes(value);

/** The mimes each kind may have. */
export const mimesOfKind: Record<AttachmentKind, readonly AttachmentMime[]> = {
  photo: ['image/jpeg'],
  signature: ['image/svg+xml', 'image/png'],
};

/**
 * A photo or signature's metadata. Its bytes are not in the document: they move apart, by
 * `PUT` / `GET /attachments/<id>/content`, so every device that may read the owner holds the
 * metadata while only those that need the picture download it. `uploadedAt` is the server's (the
 * time the bytes arrived): until it is set, readers show the picture as still on its way.
 * `sha256` (hex) lets the server check it received the bytes the metadata speaks of.
 */
export const attachmentSchema = toTypedRxJsonSchema({
  title: 'attachment',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    owner: {
      type: 'object',
      additionalProperties: false,
      properties: {
        collection: { type: 'string', enum: attachmentOwners, maxLength: 24 },
        id: reference,
      },
      required: ['collection', 'id'],
    },
    kind: { type: 'string', enum: attachmentKinds, maxLength: 12 },
    mime: { type: 'string', enum: attachmentMimes, maxLength: 16 },
    /** Size of the bytes. The server's limit (a setting, 400 KiB by default) answers 413 beyond it. */
    byteSize: { type: 'integer', minimum: 1, maximum: 64 * 1024 * 1024, multipleOf: 1 },
    width: { type: 'integer', minimum: 1, maximum: 20_000, multipleOf: 1 },
    height: { type: 'integer', minimum: 1, maximum: 20_000, multipleOf: 1 },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', maxLength: 64 },
    /** What it shows, in the user's words; for a signature, who signed. */
    caption: { type: 'string', maxLength: 200 },
    createdBy: reference,
    createdAt: isoTime,
    updatedAt: isoTime,
    uploadedAt: isoTime,
  },
  required: ['id', 'owner', 'kind', 'mime', 'byteSize', 'width', 'height', 'sha256', 'caption', 'createdBy', 'createdAt', 'updatedAt'],
  indexes: ['owner.id'],
} as const);

export type Attachment = ExtractDocumentTypeFromTypedRxJsonSchema<typeof attachmentSchema>;

/** What the schema cannot say: a photo is a JPEG, a signature an SVG or a PNG. */
export function checkAttachment(doc: Attachment): SchemaViolation | null {
  if (!mimesOfKind[doc.kind].includes(doc.mime)) {
    return { field: 'mime', message: `a ${doc.kind} is stored as ${mimesOfKind[doc.kind].join(' or ')}, not ${doc.mime}` };
  }
  return null;
}
