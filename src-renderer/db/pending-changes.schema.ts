import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';

/**
 * Local-only bookkeeping (never synced): one entry per document changed on this device and not
 * yet accepted by the server. It drives the "N pending" count and the per-item pending badges, and
 * it is where sync keeps `base`, the server's copy the local edits were made on (absent for a
 * document created here), so only changed documents cost a second copy.
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
