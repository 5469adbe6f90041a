import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference, unchanged } from './common';
import { referenceKey } from './reference.schema';
import { workOrderStatuses, holdReasons } from '../domain/work-order-status';

const level = { type: 'integer', minimum: 1, maximum: 3, multipleOf: 1 } as const;

/**
 * A request for help from a county employee. `number` is the human reference ("WO-10234"),
 * assigned by the server on first sync; until then the UI shows "new".
 */
export const workOrderSchema = toTypedRxJsonSchema({
  title: 'work order',
  version: 3,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    number: { type: 'integer', minimum: 1 },
    title: { type: 'string', minLength: 1, maxLength: 160 },
    description: { type: 'string', maxLength: 8000 },
    requester: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 120 },
        department: { type: 'string', maxLength: 120 },
        phone: { type: 'string', maxLength: 40 },
        email: { type: 'string', maxLength: 160, pattern: '^$|^[^@\\s]+@[^@\\s]+$' },
      },
      required: ['name', 'department', 'phone', 'email'],
    },
    siteId: reference,
    building: { type: 'string', maxLength: 80 },
    room: { type: 'string', maxLength: 40 },
    /** The key of a work-order category in reference data (the server checks it names one). */
    category: referenceKey,
    impact: level,
    urgency: level,
    priority: { type: 'integer', minimum: 1, maximum: 5, multipleOf: 1 },
    status: { type: 'string', enum: workOrderStatuses, maxLength: 16 },
    holdReason: { type: 'string', enum: holdReasons, maxLength: 24 },
    supportLevel: level,
    assigneeId: reference,
    createdBy: reference,
    createdAt: isoTime,
    updatedAt: isoTime,
    /** Who made the latest change (shown when that change overrode someone else's). */
    updatedBy: reference,
    /**
     * The version of the county's SLA policy in force when the work order was made: its clocks
     * keep to it when the policy changes later (absent on work orders from before version 3:
     * the version saved last before the work order was made applies).
     */
    slaPolicyVersion: { type: 'integer', minimum: 1, maximum: 1_000_000, multipleOf: 1 },
    /** The asset the work is about, when one was picked or scanned. */
    assetId: reference,
    /** How it was resolved: the key of a `resolution-code` in reference data (the server checks it names one). */
    resolutionCode: referenceKey,
    resolutionSummary: { type: 'string', maxLength: 4000 },
    /**
     * When the client was last told where their work order stands (the latest `client-update`
     * entry, device time), kept here so the list flags work whose client waits too long without
     * reading every timeline.
     */
    clientUpdatedAt: isoTime,
  },
  required: [
    'id', 'title', 'description', 'requester', 'siteId', 'building', 'room', 'category',
    'impact', 'urgency', 'priority', 'status', 'supportLevel', 'assigneeId', 'createdBy',
    'createdAt', 'updatedAt', 'resolutionSummary',
  ],
  indexes: ['updatedAt', ['assigneeId', 'priority']],
} as const);

export type WorkOrder = ExtractDocumentTypeFromTypedRxJsonSchema<typeof workOrderSchema>;

/** The fields version 3 retired: the clocks (work-order-clocks.ts) are the one source of due times (DECISIONS #11). */
export const retiredWorkOrderFields = ['responseDueAt', 'resolutionDueAt'] as const;

/** A work order as version 3 holds it: the retired due times dropped, everything else as it was. */
export function withoutRetiredFields<T extends Record<string, unknown>>(doc: T): Omit<T, (typeof retiredWorkOrderFields)[number]> {
  const { responseDueAt: _response, resolutionDueAt: _resolution, ...rest } = doc;
  return rest;
}

/** The resolution code of work resolved before work orders kept one (resources/reference/resolution-codes.json). */
export const notRecordedCode = 'not-recorded';

/**
 * A version-2 work order as version 3 holds it: the due times dropped, and resolved or closed work
 * given the "not recorded" resolution code it now needs. The server's migration 12 does the same.
 */
export function workOrderFromV2(old: Record<string, unknown>): WorkOrder {
  const doc = withoutRetiredFields(old);
  const done = doc.status === 'resolved' || doc.status === 'closed';
  return (done && !doc.resolutionCode ? { ...doc, resolutionCode: notRecordedCode } : doc) as WorkOrder;
}

/**
 * Version 1: `category` names a reference item instead of a value of a fixed list. The keys of the
 * shipped categories are the old values, so stored work orders stay exactly as they are.
 * Version 2 added the optional `clientUpdatedAt`. Version 3 dropped the stored due times, added
 * the optional `slaPolicyVersion` and `assetId`, and `resolutionCode`, which resolved and closed
 * work needs.
 */
export const workOrderMigrations = { 1: unchanged, 2: unchanged, 3: workOrderFromV2 };
