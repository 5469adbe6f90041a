import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, unchanged } from './common';

export const roles = ['technician', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Rights granted on top of a role, by an admin (a safety officer creates ergonomic assessments). */
export const userPermissions = ['safety-officer'] as const;
export type UserPermission = (typeof userPermissions)[number];

/**
 * A user's profile, as every client may see it, and the one source of who they are on the server:
 * role, support level, permissions and whether they may sign in. Credentials never leave the server.
 */
export const userSchema = toTypedRxJsonSchema({
  title: 'user',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    username: { type: 'string', minLength: 1, maxLength: 40 },
    name: { type: 'string', minLength: 1, maxLength: 120 },
    role: { type: 'string', enum: roles, maxLength: 12 },
    level: { type: 'integer', minimum: 1, maximum: 3 },
    permissions: { type: 'array', maxItems: 10, uniqueItems: true, items: { type: 'string', enum: userPermissions, maxLength: 40 } },
    /** Set by an admin: the user can no longer sign in, and their sessions are over. */
    disabled: { type: 'boolean' },
    updatedAt: isoTime,
  },
  required: ['id', 'username', 'name', 'role', 'level', 'updatedAt'],
} as const);

export type UserProfile = ExtractDocumentTypeFromTypedRxJsonSchema<typeof userSchema>;

/** Version 1 added the optional `permissions` and `disabled`. */
export const userMigrations = { 1: unchanged };
