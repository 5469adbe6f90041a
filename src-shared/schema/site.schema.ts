import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime } from './common';

/** A county site (library, courthouse, annex ...) with its buildings and rooms. */
export const siteSchema = toTypedRxJsonSchema({
  title: 'site',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    code: { type: 'string', minLength: 1, maxLength: 12 },
    name: { type: 'string', minLength: 1, maxLength: 120 },
    address: { type: 'string', maxLength: 240 },
    buildings: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 80 },
          rooms: { type: 'array', maxItems: 500, items: { type: 'string', minLength: 1, maxLength: 40 } },
        },
        required: ['name', 'rooms'],
      },
    },
    updatedAt: isoTime,
  },
  required: ['id', 'code', 'name', 'address', 'buildings', 'updatedAt'],
} as const);

export type Site = ExtractDocumentTypeFromTypedRxJsonSchema<typeof siteSchema>;
