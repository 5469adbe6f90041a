import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';

/**
 * Local-only bookkeeping (never synced): one entry per document changed on this device and not
 * yet accepted by the server. It drives the "N pending" count and the per-item pending badges.
 */
export const pendingChangeSchema = toTypedRxJsonSchema({
  title: 'pending change',
  version: 0,
  primaryKey: 'key',
  type: 'object',
  additionalProperties: false,
  properties: {
    key: { type: 'string', maxLength: 100 },
    collectionName: { type: 'string', maxLength: 40 },
    docId: { type: 'string', maxLength: 40 },
    updatedAt: { type: 'string', maxLength: 24 },
  },
  required: ['key', 'collectionName', 'docId', 'updatedAt'],
} as const);

export type PendingChange = ExtractDocumentTypeFromTypedRxJsonSchema<typeof pendingChangeSchema>;
export const pendingKey = (collection: string, docId: string) => `${collection}:${docId}`;
