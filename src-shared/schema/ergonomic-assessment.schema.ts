import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, reference } from './common';

const itemScore = { type: 'integer', minimum: 0, maximum: 9 } as const;

/**
 * A workstation assessment by ROSA (docs/specs/ROSA.md): item scores as observed, the
 * section and final scores computed from them, and the recommendations given. Schema only for
 * now; the assessment feature adds the scoring.
 */
export const ergonomicAssessmentSchema = toTypedRxJsonSchema({
  title: 'ergonomic assessment',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    siteId: reference,
    building: { type: 'string', maxLength: 80 },
    room: { type: 'string', maxLength: 40 },
    employeeName: { type: 'string', minLength: 1, maxLength: 120 },
    assessorId: reference,
    method: { type: 'string', enum: ['rosa'], maxLength: 8 },
    status: { type: 'string', enum: ['draft', 'final'], maxLength: 8 },
    items: {
      type: 'object',
      additionalProperties: itemScore,
      maxProperties: 40,
    },
    scores: {
      type: 'object',
      additionalProperties: false,
      properties: {
        chair: { type: 'integer', minimum: 1, maximum: 10 },
        monitorPhone: { type: 'integer', minimum: 1, maximum: 9 },
        mouseKeyboard: { type: 'integer', minimum: 1, maximum: 9 },
        peripherals: { type: 'integer', minimum: 1, maximum: 9 },
        final: { type: 'integer', minimum: 1, maximum: 10 },
      },
    },
    recommendations: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 1000 } },
    assessedAt: isoTime,
    updatedAt: isoTime,
  },
  required: ['id', 'siteId', 'building', 'room', 'employeeName', 'assessorId', 'method', 'status', 'items', 'recommendations', 'assessedAt', 'updatedAt'],
  indexes: ['updatedAt'],
} as const);

export type ErgonomicAssessment = ExtractDocumentTypeFromTypedRxJsonSchema<typeof ergonomicAssessmentSchema>;
