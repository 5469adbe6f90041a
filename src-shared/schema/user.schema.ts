import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime } from './common';

export const roles = ['technician', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** A user's public profile, as every client may see it (credentials never leave the server). */
export const userSchema = toTypedRxJsonSchema({
  title: 'user',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    username: { type: 'string', minLength: 1, maxLength: 40 },
    name: { type: 'string', minLength: 1, maxLength: 120 },
    role: { type: 'string', enum: roles, maxLength: 12 },
    level: { type: 'integer', minimum: 1, maximum: 3 },
    updatedAt: isoTime,
  },
  required: ['id', 'username', 'name', 'role', 'level', 'updatedAt'],
} as const);

export type UserProfile = ExtractDocumentTypeFromTypedRxJsonSchema<typeof userSchema>;
