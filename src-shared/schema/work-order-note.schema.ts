import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { checkDismissal, documentId, isoTime, lostEdit, reference, unchanged } from './common';
import { holdReasons, workOrderStatuses } from '../domain/work-order-status';
import { parseLegacyStatusText } from './legacy-status-text';
import type { SchemaViolation } from './validate';

/**
 * `lost-edit-dismissed`: the author of an `overridden-edit` entry decided on it (dismissed it, or
 * re-applied their value), so it leaves their list of edits not applied on every device of theirs.
 */
export const noteKinds = ['note', 'client-update', 'status-change', 'overridden-edit', 'lost-edit-dismissed'] as const;
export type NoteKind = (typeof noteKinds)[number];

const status = { type: 'string', enum: workOrderStatuses, maxLength: 16 } as const;

/** An append-only entry on a work order's timeline; never edited, so it never conflicts. */
export const workOrderNoteSchema = toTypedRxJsonSchema({
  title: 'work order note',
  version: 3,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    workOrderId: reference,
    authorId: reference,
    authorName: { type: 'string', maxLength: 120 },
    kind: { type: 'string', enum: noteKinds, maxLength: 24 },
    text: { type: 'string', minLength: 1, maxLength: 8000 },
    lostEdit,
    /** On a `lost-edit-dismissed` entry: the id of the `overridden-edit` entry decided on. */
    dismisses: reference,
    /**
     * On a `status-change` entry: the step, at the device time it was made (the `updatedAt` it gave
     * the work order). `madeOn`: the `updatedAt` of the server's copy the change was made on ('' for
     * a work order not yet on the server; absent on entries migrated from free text).
     */
    statusChange: {
      type: 'object',
      additionalProperties: false,
      properties: {
        from: status,
        to: status,
        holdReason: { type: 'string', enum: holdReasons, maxLength: 24 },
        at: isoTime,
        madeOn: { type: 'string', maxLength: 24, pattern: `^$|${isoTime.pattern}` },
      },
      required: ['from', 'to', 'at'],
    },
    /**
     * On an `overridden-edit` entry: a status change that did not take effect (refused, or its
     * version lost a merge). `to`: the status it set; `version`: the `updatedAt` of the version of
     * the work order that carried it. See src-shared/domain/status-history.ts for the matching.
     */
    lostStatus: {
      type: 'object',
      additionalProperties: false,
      properties: { to: status, version: isoTime },
      required: ['to', 'version'],
    },
    createdAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'workOrderId', 'authorId', 'authorName', 'kind', 'text', 'createdAt', 'updatedAt'],
  indexes: ['workOrderId', 'updatedAt'],
} as const);

export type WorkOrderNote = ExtractDocumentTypeFromTypedRxJsonSchema<typeof workOrderNoteSchema>;
export type StatusChangeEntry = NonNullable<WorkOrderNote['statusChange']>;

type NoteV1 = Omit<WorkOrderNote, 'statusChange' | 'lostStatus' | 'dismisses'>;

/**
 * Version 2: a status note written as free text becomes structured when its text is one the old
 * app wrote; any other becomes a plain note (its text kept), since a status change must carry its step.
 */
export function structureStatusNote(old: NoteV1): WorkOrderNote {
  if (old.kind !== 'status-change') return old;
  const step = parseLegacyStatusText(old.text);
  if (!step) return { ...old, kind: 'note' };
  return { ...old, statusChange: { ...step, at: old.createdAt } };
}

/** Version 1 added the optional `lostEdit`; version 3 the `lost-edit-dismissed` kind and its `dismisses`. */
export const workOrderNoteMigrations = { 1: unchanged, 2: structureStatusNote, 3: unchanged };

/** What the schema cannot say: a status change carries its step, and only it does. */
export function checkNote(note: WorkOrderNote): SchemaViolation | null {
  const change = note.statusChange;
  if (note.kind === 'status-change' && !change) return { field: 'statusChange', message: 'a status-change entry needs statusChange (from, to, at)' };
  if (note.kind !== 'status-change' && change) return { field: 'statusChange', message: `a ${note.kind} entry carries no statusChange` };
  if (change && (change.to === 'on-hold') !== (change.holdReason !== undefined)) {
    return { field: 'statusChange.holdReason', message: 'a hold reason is given exactly when the step is to on-hold' };
  }
  if (note.lostStatus && note.kind !== 'overridden-edit') return { field: 'lostStatus', message: 'only an overridden-edit entry carries lostStatus' };
  return checkDismissal(note);
}
