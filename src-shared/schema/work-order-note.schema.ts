import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, lostEdit, reference, unchanged } from './common';

export const noteKinds = ['note', 'client-update', 'status-change', 'overridden-edit'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** An append-only entry on a work order's timeline; never edited, so it never conflicts. */
export const workOrderNoteSchema = toTypedRxJsonSchema({
  title: 'work order note',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    workOrderId: reference,
    authorId: reference,
    authorName: { type: 'string', maxLength: 120 },
    kind: { type: 'string', enum: noteKinds, maxLength: 16 },
    text: { type: 'string', minLength: 1, maxLength: 8000 },
    lostEdit,
    createdAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'workOrderId', 'authorId', 'authorName', 'kind', 'text', 'createdAt', 'updatedAt'],
  indexes: ['workOrderId', 'updatedAt'],
} as const);

export type WorkOrderNote = ExtractDocumentTypeFromTypedRxJsonSchema<typeof workOrderNoteSchema>;

/** Version 1 added the optional `lostEdit`. */
export const workOrderNoteMigrations = { 1: unchanged };
