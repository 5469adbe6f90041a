import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { checkDismissal, documentId, isoTime, lostEdit, reference, unchanged } from './common';
import type { SchemaViolation } from './validate';

/** `lost-edit-dismissed`: the author of an `edit-overridden` event decided on it (see the note kind of that name). */
export const assetEventKinds = [
  'scanned', 'found', 'moved', 'missing', 'surplus', 'disposed', 'unknown-tag', 'edit-overridden', 'lost-edit-dismissed',
] as const;
export type AssetEventKind = (typeof assetEventKinds)[number];

/**
 * An append-only fact about an asset (scanned in room 204, marked surplus ...); never edited, so
 * it never conflicts. `assetId` is empty for an unknown tag captured in the field.
 */
export const assetEventSchema = toTypedRxJsonSchema({
  title: 'asset event',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    assetId: reference,
    tag: { type: 'string', maxLength: 40 },
    kind: { type: 'string', enum: assetEventKinds, maxLength: 24 },
    siteId: reference,
    building: { type: 'string', maxLength: 80 },
    room: { type: 'string', maxLength: 40 },
    authorId: reference,
    authorName: { type: 'string', maxLength: 120 },
    note: { type: 'string', maxLength: 2000 },
    lostEdit,
    /** On a `lost-edit-dismissed` event: the id of the `edit-overridden` event decided on. */
    dismisses: reference,
    createdAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'assetId', 'tag', 'kind', 'siteId', 'building', 'room', 'authorId', 'authorName', 'note', 'createdAt', 'updatedAt'],
  indexes: ['assetId', 'updatedAt'],
} as const);

export type AssetEvent = ExtractDocumentTypeFromTypedRxJsonSchema<typeof assetEventSchema>;

/** Version 1 added the optional `lostEdit`; version 2 the `lost-edit-dismissed` kind and its `dismisses`. */
export const assetEventMigrations = { 1: unchanged, 2: unchanged };

/** What the schema cannot say: a dismissal names the event it dismisses, and only it does. */
export const checkAssetEvent = (event: AssetEvent): SchemaViolation | null => checkDismissal(event);
