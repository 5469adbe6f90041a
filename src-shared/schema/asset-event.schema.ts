import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, lostEdit, reference, unchanged } from './common';

export const assetEventKinds = [
  'scanned', 'found', 'moved', 'missing', 'surplus', 'disposed', 'unknown-tag', 'edit-overridden',
] as const;
export type AssetEventKind = (typeof assetEventKinds)[number];

/**
 * An append-only fact about an asset (scanned in room 204, marked surplus ...); never edited, so
 * it never conflicts. `assetId` is empty for an unknown tag captured in the field.
 */
export const assetEventSchema = toTypedRxJsonSchema({
  title: 'asset event',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    assetId: reference,
    tag: { type: 'string', maxLength: 40 },
    kind: { type: 'string', enum: assetEventKinds, maxLength: 16 },
    siteId: reference,
    building: { type: 'string', maxLength: 80 },
    room: { type: 'string', maxLength: 40 },
    authorId: reference,
    authorName: { type: 'string', maxLength: 120 },
    note: { type: 'string', maxLength: 2000 },
    lostEdit,
    createdAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'assetId', 'tag', 'kind', 'siteId', 'building', 'room', 'authorId', 'authorName', 'note', 'createdAt', 'updatedAt'],
  indexes: ['assetId', 'updatedAt'],
} as const);

export type AssetEvent = ExtractDocumentTypeFromTypedRxJsonSchema<typeof assetEventSchema>;

/** Version 1 added the optional `lostEdit`. */
export const assetEventMigrations = { 1: unchanged };
