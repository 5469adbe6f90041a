import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';

/**
 * Frozen: the RxDB collection that held the pending changes until they moved to the bookkeeping
 * tables (../bookkeeping.ts). Opened only to carry a device's waiting changes over (import-legacy.ts).
 */
export const pendingChangeSchema = toTypedRxJsonSchema({
  title: 'pending change',
  version: 1,
  primaryKey: 'key',
  type: 'object',
  additionalProperties: false,
  properties: {
    key: { type: 'string', maxLength: 100 },
    collectionName: { type: 'string', maxLength: 40 },
    docId: { type: 'string', maxLength: 40 },
    updatedAt: { type: 'string', maxLength: 24 },
    /** Counts the local writes since the server last accepted the document (see settleAccepted). */
    edits: { type: 'integer', minimum: 1 },
    /** This device's clock when the entry was last marked, in ms. */
    markedAt: { type: 'number' },
    base: { type: 'object' },
  },
  required: ['key', 'collectionName', 'docId', 'updatedAt', 'edits', 'markedAt'],
  indexes: ['collectionName'],
} as const);

export type PendingChange = ExtractDocumentTypeFromTypedRxJsonSchema<typeof pendingChangeSchema>;
export const pendingKey = (collection: string, docId: string) => `${collection}:${docId}`;

/**
 * Entries written before `base` existed: RxDB's replication kept the base then, so the first push
 * after the upgrade goes without one and the server answers with its copy to merge against.
 */
export const pendingChangeMigrations = {
  1: (old: Omit<PendingChange, 'edits' | 'markedAt'>): PendingChange => ({ ...old, edits: 1, markedAt: Date.now() }),
};
