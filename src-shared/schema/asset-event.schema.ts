import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { checkDismissal, documentId, isoTime, lostEdit, reference, unchanged } from './common';
import type { SchemaViolation } from './validate';

/** `lost-edit-dismissed`: the author of an `edit-overridden` event decided on it (see the note kind of that name). */
export const assetEventKinds = [
  'scanned', 'found', 'moved', 'missing', 'surplus', 'disposed', 'unknown-tag', 'edit-overridden', 'lost-edit-dismissed',
  'verified', 'damaged',
] as const;
export type AssetEventKind = (typeof assetEventKinds)[number];

/** How a sweep's scan was read: a keyboard-wedge scanner, the camera, or typed in the box. */
export const scanMethods = ['wedge', 'camera', 'typed'] as const;
export type ScanMethodName = (typeof scanMethods)[number];

const place = {
  type: 'object',
  additionalProperties: false,
  properties: { siteId: reference, building: { type: 'string', maxLength: 80 }, room: { type: 'string', maxLength: 40 } },
  required: ['siteId', 'building', 'room'],
} as const;

/**
 * An unknown tag's quick capture: what the technician saw, for a supervisor to approve as a new
 * asset; `later` when they chose to resolve it after sync (kept in the unknown-tag queue).
 */
const capture = {
  type: 'object',
  additionalProperties: false,
  properties: {
    later: { type: 'boolean' },
    kind: { type: 'string', maxLength: 16 },
    make: { type: 'string', maxLength: 60 },
    model: { type: 'string', maxLength: 80 },
    serialNumber: { type: 'string', maxLength: 60 },
  },
  required: ['later'],
} as const;

/**
 * An append-only fact about an asset (scanned in room 204, marked surplus ...); never edited, so
 * it never conflicts. `assetId` is empty for an unknown tag captured in the field.
 */
export const assetEventSchema = toTypedRxJsonSchema({
  title: 'asset event',
  version: 3,
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
    /** A sweep's scan (version 3): which sweep, which device, how it was read. */
    sweepId: reference,
    deviceId: { type: 'string', maxLength: 80 },
    method: { type: 'string', enum: scanMethods, maxLength: 8 },
    /** On `moved`: where the register had the asset before. */
    from: place,
    /** On `unknown-tag`: the quick capture. */
    capture,
    /** On `surplus` and `damaged`: why, and the asset's condition, in the technician's words. */
    reason: { type: 'string', maxLength: 200 },
    condition: { type: 'string', maxLength: 200 },
    createdAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'assetId', 'tag', 'kind', 'siteId', 'building', 'room', 'authorId', 'authorName', 'note', 'createdAt', 'updatedAt'],
  indexes: ['assetId', 'updatedAt'],
} as const);

export type AssetEvent = ExtractDocumentTypeFromTypedRxJsonSchema<typeof assetEventSchema>;

/**
 * Version 1 added the optional `lostEdit`; version 2 the `lost-edit-dismissed` kind and its
 * `dismisses`; version 3 the sweep's kinds (`verified`, `damaged`) and fields (sweep, device,
 * method, from, capture, reason, condition). No index on `sweepId`: Dexie indexes only required fields, and
 * making it required would refuse every event stored before it (a sweep's scans are read by a scan of the collection).
 */
export const assetEventMigrations = { 1: unchanged, 2: unchanged, 3: unchanged };

/** What the schema cannot say: a dismissal names the event it dismisses, and only it does. */
export const checkAssetEvent = (event: AssetEvent): SchemaViolation | null => checkDismissal(event);
