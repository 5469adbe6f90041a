import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference, unchanged } from './common';

export const assetKinds = ['desktop', 'laptop', 'monitor', 'printer', 'phone', 'network-device', 'other'] as const;
export type AssetKind = (typeof assetKinds)[number];
export const assetStatuses = ['in-service', 'in-storage', 'surplus', 'disposed', 'missing'] as const;
export type AssetStatus = (typeof assetStatuses)[number];

/** A county fixed asset, identified in the field by the barcode on its tag. */
export const assetSchema = toTypedRxJsonSchema({
  title: 'asset',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    /** The barcode text on the asset tag; unique across the county. */
    tag: { type: 'string', minLength: 1, maxLength: 40 },
    serialNumber: { type: 'string', maxLength: 60 },
    /**
     * Barcodes the maker printed on the device (a UPC on the box label, a service tag), recorded
     * so that scanning one finds the asset too (version 2).
     */
    manufacturerBarcodes: { type: 'array', maxItems: 10, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 60 } },
    kind: { type: 'string', enum: assetKinds, maxLength: 16 },
    make: { type: 'string', maxLength: 60 },
    model: { type: 'string', maxLength: 80 },
    siteId: reference,
    building: { type: 'string', maxLength: 80 },
    room: { type: 'string', maxLength: 40 },
    assignedEmployee: { type: 'string', maxLength: 120 },
    status: { type: 'string', enum: assetStatuses, maxLength: 12 },
    /** Purchase cost in cents; supervisors only. */
    cost: { type: 'integer', minimum: 0, maximum: 100_000_000 },
    /** YYYY-MM-DD; supervisors only. */
    acquisitionDate: { type: 'string', maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    lastVerifiedAt: isoTime,
    lastVerifiedBy: reference,
    /**
     * An asset a supervisor approved from unknown-tag captures: the ids of the captures (asset
     * events) it was made from, merged by tag key. Supervisors only (version 1).
     */
    approvedFrom: { type: 'array', maxItems: 50, items: reference },
    updatedAt: isoTime,
    /** Who made the latest change (shown when that change overrode someone else's). */
    updatedBy: reference,
  },
  required: ['id', 'tag', 'serialNumber', 'kind', 'make', 'model', 'siteId', 'building', 'room', 'assignedEmployee', 'status', 'updatedAt'],
  // serialNumber: a scan that names no tag may be a serial number (tag-lookup.ts).
  indexes: ['tag', 'serialNumber', ['siteId', 'building', 'room'], 'updatedAt'],
} as const);

export type Asset = ExtractDocumentTypeFromTypedRxJsonSchema<typeof assetSchema>;

/**
 * Version 1 added the optional `approvedFrom`, version 2 the optional `manufacturerBarcodes` and
 * the serial-number index: stored assets stay as they are.
 */
export const assetMigrations = { 1: unchanged, 2: unchanged };
