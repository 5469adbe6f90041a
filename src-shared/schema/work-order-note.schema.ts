import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { checkDismissal, documentId, isoTime, lostEdit, reference, unchanged } from './common';
import { holdReasons, workOrderStatuses } from '../domain/work-order-status';
import { parseLegacyStatusText } from './legacy-status-text';
import type { SchemaViolation } from './validate';
import { checklistOutcomes } from './checklist-template.schema';

/**
 * `lost-edit-dismissed`: the author of an `overridden-edit` entry decided on it (dismissed it, or
 * re-applied their value), so it leaves their list of edits not applied on every device of theirs.
 * `referral`: the work order was escalated to a higher support level (src-shared/domain/escalation.ts).
 * `time-entry`: time worked on it, from a timer or typed in.
 * `checklist-answer`: one answer of a diagnosis checklist run on it (src-shared/domain/checklist-run.ts).
 * `checklist-outcome`: the exit a run reached (resolved or escalate), written with the answer that reached it.
 */
export const noteKinds = ['note', 'client-update', 'status-change', 'overridden-edit', 'lost-edit-dismissed', 'referral', 'time-entry', 'checklist-answer', 'checklist-outcome'] as const;
export type NoteKind = (typeof noteKinds)[number];

const status = { type: 'string', enum: workOrderStatuses, maxLength: 16 } as const;
const level = { type: 'integer', minimum: 1, maximum: 3, multipleOf: 1 } as const;
/** A checklist template's reference key and version, on an answer or an outcome. */
const templateKey = { type: 'string', minLength: 1, maxLength: 64 } as const;
const templateVersion = { type: 'integer', minimum: 1, maximum: 1_000_000, multipleOf: 1 } as const;

/** How a client was told about their work order (a `client-update` entry). */
export const contactChannels = ['phone', 'email', 'in-person'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** An append-only entry on a work order's timeline; never edited, so it never conflicts. */
export const workOrderNoteSchema = toTypedRxJsonSchema({
  title: 'work order note',
  version: 6,
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
    /**
     * On a `referral` entry: the escalation from `fromLevel` to `level`, why (required) and what
     * was tried before. The work order's own change (back to new, unassigned) is made beside it.
     */
    referral: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fromLevel: level,
        level,
        reason: { type: 'string', minLength: 1, maxLength: 2000 },
        tried: { type: 'string', maxLength: 4000 },
      },
      required: ['fromLevel', 'level', 'reason', 'tried'],
    },
    /** On a `client-update` entry: how the client was reached, and the time frame promised them (free words: "by Friday noon"). */
    contact: {
      type: 'object',
      additionalProperties: false,
      properties: {
        channel: { type: 'string', enum: contactChannels, maxLength: 12 },
        promised: { type: 'string', maxLength: 200 },
      },
      required: ['channel', 'promised'],
    },
    /** On a `time-entry` entry: time worked, `from` to `to` (device times); `timer`: measured by the running timer, not typed in. */
    time: {
      type: 'object',
      additionalProperties: false,
      properties: { from: isoTime, to: isoTime, timer: { type: 'boolean' } },
      required: ['from', 'to', 'timer'],
    },
    /**
     * On a `checklist-answer` entry: the answer given at `step` of the checklist template `template`
     * (its reference key) in `version`. `value` as text: "done", "yes", a choice's id, a number's
     * digits, a text, a photo's attachment id, "" for a skipped optional answer.
     */
    checklistAnswer: {
      type: 'object',
      additionalProperties: false,
      properties: {
        template: templateKey,
        version: templateVersion,
        step: { type: 'string', minLength: 1, maxLength: 64 },
        value: { type: 'string', maxLength: 2000 },
      },
      required: ['template', 'version', 'step', 'value'],
    },
    /** On a `checklist-outcome` entry: the exit of template `template` in `version` that the run reached. */
    checklistOutcome: {
      type: 'object',
      additionalProperties: false,
      properties: {
        template: templateKey,
        version: templateVersion,
        exit: { type: 'string', minLength: 1, maxLength: 64 },
        outcome: { type: 'string', enum: checklistOutcomes, maxLength: 8 },
      },
      required: ['template', 'version', 'exit', 'outcome'],
    },
    createdAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'workOrderId', 'authorId', 'authorName', 'kind', 'text', 'createdAt', 'updatedAt'],
  indexes: ['workOrderId', 'updatedAt'],
} as const);

export type WorkOrderNote = ExtractDocumentTypeFromTypedRxJsonSchema<typeof workOrderNoteSchema>;
export type StatusChangeEntry = NonNullable<WorkOrderNote['statusChange']>;

type NoteV1 = Omit<WorkOrderNote, 'statusChange' | 'lostStatus' | 'dismisses' | 'referral' | 'contact' | 'time' | 'checklistAnswer' | 'checklistOutcome'>;

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

/**
 * Version 1 added the optional `lostEdit`; version 3 the `lost-edit-dismissed` kind and its
 * `dismisses`; version 4 the `referral` and `time-entry` kinds, `referral`, `contact` and `time`;
 * version 5 the `checklist-answer` kind and its `checklistAnswer`; version 6 the `checklist-outcome`
 * kind and its `checklistOutcome`.
 */
export const workOrderNoteMigrations = { 1: unchanged, 2: structureStatusNote, 3: unchanged, 4: unchanged, 5: unchanged, 6: unchanged };

/** Each optional part of an entry, and the one kind that carries it. */
const partOf = { referral: 'referral', contact: 'client-update', time: 'time-entry', checklistAnswer: 'checklist-answer', checklistOutcome: 'checklist-outcome' } as const;

/** A referral names a higher level and a reason; a time entry ends after it starts; each part is on its kind only. */
function checkParts(note: WorkOrderNote): SchemaViolation | null {
  for (const [part, kind] of Object.entries(partOf) as [keyof typeof partOf, NoteKind][]) {
    if (note[part] !== undefined && note.kind !== kind) return { field: part, message: `only a ${kind} entry carries ${part}` };
  }
  if (note.kind === 'referral') {
    if (!note.referral) return { field: 'referral', message: 'a referral entry needs referral (fromLevel, level, reason, tried)' };
    if (!note.referral.reason.trim()) return { field: 'referral.reason', message: 'a referral needs a reason' };
    if (note.referral.level <= note.referral.fromLevel) return { field: 'referral.level', message: 'a referral goes to a higher level' };
  }
  if (note.kind === 'checklist-answer' && !note.checklistAnswer) return { field: 'checklistAnswer', message: 'a checklist answer needs checklistAnswer (template, version, step, value)' };
  if (note.kind === 'checklist-outcome' && !note.checklistOutcome) return { field: 'checklistOutcome', message: 'a checklist outcome needs checklistOutcome (template, version, exit, outcome)' };
  if (note.kind === 'time-entry') {
    if (!note.time) return { field: 'time', message: 'a time entry needs time (from, to)' };
    if (note.time.to <= note.time.from) return { field: 'time.to', message: 'a time entry ends after it starts' };
  }
  return null;
}

/** What the schema cannot say: a status change carries its step, and only it does. */
export function checkNote(note: WorkOrderNote): SchemaViolation | null {
  const change = note.statusChange;
  if (note.kind === 'status-change' && !change) return { field: 'statusChange', message: 'a status-change entry needs statusChange (from, to, at)' };
  if (note.kind !== 'status-change' && change) return { field: 'statusChange', message: `a ${note.kind} entry carries no statusChange` };
  if (change && (change.to === 'on-hold') !== (change.holdReason !== undefined)) {
    return { field: 'statusChange.holdReason', message: 'a hold reason is given exactly when the step is to on-hold' };
  }
  if (note.lostStatus && note.kind !== 'overridden-edit') return { field: 'lostStatus', message: 'only an overridden-edit entry carries lostStatus' };
  return checkDismissal(note) ?? checkParts(note);
}
