import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference } from './common';
import { workOrderStatuses, holdReasons } from '../domain/work-order-status';
import { workOrderCategories } from '../domain/work-order-category';

const level = { type: 'integer', minimum: 1, maximum: 3, multipleOf: 1 } as const;

/**
 * A request for help from a county employee. `number` is the human reference ("WO-10234"),
 * assigned by the server on first sync; until then the UI shows "new".
 */
export const workOrderSchema = toTypedRxJsonSchema({
  title: 'work order',
  version: 0,
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
    category: { type: 'string', enum: workOrderCategories, maxLength: 24 },
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
    responseDueAt: isoTime,
    resolutionDueAt: isoTime,
    resolutionSummary: { type: 'string', maxLength: 4000 },
  },
  required: [
    'id', 'title', 'description', 'requester', 'siteId', 'building', 'room', 'category',
    'impact', 'urgency', 'priority', 'status', 'supportLevel', 'assigneeId', 'createdBy',
    'createdAt', 'updatedAt', 'responseDueAt', 'resolutionDueAt', 'resolutionSummary',
  ],
  indexes: ['updatedAt', ['assigneeId', 'priority', 'resolutionDueAt']],
} as const);

export type WorkOrder = ExtractDocumentTypeFromTypedRxJsonSchema<typeof workOrderSchema>;
