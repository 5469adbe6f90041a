import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference } from './common';
import type { SchemaViolation } from './validate';

/**
 * The `inventory` collection: campaigns and site sweeps, by `kind` (one collection: the budget of
 * 13, see docs/ARCHITECTURE.md "Inventory").
 *
 *   campaign  a supervisor's yearly count over some or all sites, with a due date; open -> closed
 *   sweep     one site of one campaign, made by the server when the campaign is opened (id: UUID v5
 *             of campaign and site), with the expected list fixed then; open -> finished (-> open
 *             again, by a supervisor)
 */
export const inventoryKinds = ['campaign', 'sweep'] as const;
export type InventoryKind = (typeof inventoryKinds)[number];
export const inventoryStatuses = ['open', 'closed', 'finished'] as const;
export type InventoryStatus = (typeof inventoryStatuses)[number];

/** One asset a sweep expects to find, where the register had it when the campaign was opened. */
const expectedAsset = {
  type: 'object',
  additionalProperties: false,
  properties: {
    assetId: reference,
    building: { type: 'string', maxLength: 80 },
    room: { type: 'string', maxLength: 40 },
  },
  required: ['assetId', 'building', 'room'],
} as const;

export const inventorySchema = toTypedRxJsonSchema({
  title: 'inventory campaign or sweep',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    kind: { type: 'string', enum: inventoryKinds, maxLength: 12 },
    /** A campaign's name ("FY2027 yearly inventory"); a sweep's is its site's name when it was made. */
    name: { type: 'string', minLength: 1, maxLength: 120 },
    status: { type: 'string', enum: inventoryStatuses, maxLength: 12 },
    /** Campaign: the sites it covers. */
    siteIds: { type: 'array', maxItems: 2000, items: reference },
    /** Campaign: YYYY-MM-DD. */
    dueDate: { type: 'string', maxLength: 10, pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    /** Sweep: its campaign and site. */
    campaignId: reference,
    siteId: reference,
    /** Sweep: the assets registered at the site when the campaign was opened (server-owned). */
    expected: { type: 'array', maxItems: 20000, items: expectedAsset },
    /** Sweep: who finished it and when (a supervisor may open it again). */
    finishedAt: isoTime,
    finishedBy: reference,
    /** Campaign: who closed it and when. */
    closedAt: isoTime,
    closedBy: reference,
    createdBy: reference,
    createdAt: isoTime,
    updatedAt: isoTime,
    updatedBy: reference,
  },
  required: ['id', 'kind', 'name', 'status', 'createdBy', 'createdAt', 'updatedAt'],
  indexes: ['kind', 'updatedAt'],
} as const);

export type InventoryDoc = ExtractDocumentTypeFromTypedRxJsonSchema<typeof inventorySchema>;
export type ExpectedAsset = { assetId: string; building: string; room: string };

/** What the schema cannot say: each kind's fields and statuses. */
export function checkInventory(doc: InventoryDoc): SchemaViolation | null {
  if (doc.kind === 'campaign') {
    if (doc.status === 'finished') return { field: 'status', message: 'a campaign is open or closed' };
    if (!doc.dueDate) return { field: 'dueDate', message: 'a campaign needs a due date' };
    if (!doc.siteIds || doc.siteIds.length === 0) return { field: 'siteIds', message: 'a campaign covers at least one site' };
    return null;
  }
  if (doc.status === 'closed') return { field: 'status', message: 'a sweep is open or finished' };
  if (!doc.campaignId) return { field: 'campaignId', message: 'a sweep belongs to a campaign' };
  if (!doc.siteId) return { field: 'siteId', message: 'a sweep is of a site' };
  return null;
}
