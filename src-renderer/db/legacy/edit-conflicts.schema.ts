import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';

/**
 * Frozen: the RxDB collection that held the edits not applied until they moved to the bookkeeping
 * tables (../bookkeeping.ts). Opened only to carry a device's list over (import-legacy.ts).
 */
export const editConflictSchema = toTypedRxJsonSchema({
  title: 'edit conflict',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 40 },
    kind: { type: 'string', enum: ['overridden', 'refused'], maxLength: 12 },
    collectionName: { type: 'string', maxLength: 40 },
    docId: { type: 'string', maxLength: 40 },
    /** What the user would recognise the document by ("WO-10234 Printer jams", "CTY-0001234"). */
    label: { type: 'string', maxLength: 200 },
    field: { type: 'string', maxLength: 60 },
    /** JSON of the user's value, and of the value that was kept. */
    mine: { type: 'string', maxLength: 20000 },
    kept: { type: 'string', maxLength: 20000 },
    keptBy: { type: 'string', maxLength: 40 },
    reason: { type: 'string', maxLength: 500 },
    at: { type: 'string', maxLength: 24 },
    state: { type: 'string', enum: ['open', 'reapplied', 'dismissed'], maxLength: 12 },
  },
  required: ['id', 'kind', 'collectionName', 'docId', 'label', 'field', 'mine', 'kept', 'keptBy', 'reason', 'at', 'state'],
  indexes: ['state'],
} as const);

export type EditConflict = ExtractDocumentTypeFromTypedRxJsonSchema<typeof editConflictSchema>;
