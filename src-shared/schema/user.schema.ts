import { toTypedRxJsonSchema, type ExtractDocumentTypeFromTypedRxJsonSchema } from 'rxdb';
import { documentId, isoTime, unchanged } from './common';

export const roles = ['technician', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Rights granted on top of a role, by an admin (a safety officer creates ergonomic assessments). */
export const userPermissions = ['safety-officer'] as const;
export type UserPermission = (typeof userPermissions)[number];

/**
 * Who a `users` document is (DECISIONS #11): staff, who sign in (an account on the server), or a
 * county employee without an account (a requester, an assessed employee), picked by name offline.
 */
export const userKinds = ['staff', 'employee'] as const;

/**
 * A person of the county, as every client may see them. For staff (no `kind`, or `staff`) the one
 * source of who they are on the server: role, support level, permissions and whether they may sign
 * in. Credentials never leave the server. A county employee (`kind: employee`) has no account:
 * name, department, job title and how to reach them, and none of the staff fields.
 */
export const userSchema = toTypedRxJsonSchema({
  title: 'user',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  properties: {
    id: documentId,
    kind: { type: 'string', enum: userKinds, maxLength: 10 },
    username: { type: 'string', minLength: 1, maxLength: 40 },
    name: { type: 'string', minLength: 1, maxLength: 120 },
    role: { type: 'string', enum: roles, maxLength: 12 },
    level: { type: 'integer', minimum: 1, maximum: 3 },
    permissions: { type: 'array', maxItems: 10, uniqueItems: true, items: { type: 'string', enum: userPermissions, maxLength: 40 } },
    /** Set by an admin: the user can no longer sign in, and their sessions are over. */
    disabled: { type: 'boolean' },
    department: { type: 'string', maxLength: 120 },
    jobTitle: { type: 'string', maxLength: 120 },
    phone: { type: 'string', maxLength: 40 },
    email: { type: 'string', maxLength: 160 },
    updatedAt: isoTime,
  },
  // username, role and level: staff only (`checkPerson`).
  required: ['id', 'name', 'updatedAt'],
} as const);

/** Any `users` document: staff or a county employee. */
export type Person = ExtractDocumentTypeFromTypedRxJsonSchema<typeof userSchema>;
/** A staff member's profile: someone who signs in. */
export type UserProfile = Person & { kind?: 'staff'; username: string; role: Role; level: number };
/** A county employee without an account. */
export type CountyEmployee = Person & { kind: 'employee' };

export const isStaff = (p: Person): p is UserProfile => p.kind !== 'employee';
export const isEmployee = (p: Person): p is CountyEmployee => p.kind === 'employee';

const staffOnly = ['username', 'role', 'level', 'permissions', 'disabled'] as const;

/** Staff have a user name, role and level; an employee has none of the staff fields. */
export function checkPerson(p: Person): { field: string; message: string } | null {
  if (isEmployee(p)) {
    const extra = staffOnly.find((f) => p[f] !== undefined);
    return extra ? { field: extra, message: `a county employee without an account has no ${extra}` } : null;
  }
  const lacking = (['username', 'role', 'level'] as const).find((f) => p[f] === undefined);
  return lacking ? { field: lacking, message: `a staff member needs a ${lacking}` } : null;
}

/**
 * Version 1 added the optional `permissions` and `disabled`; version 2 the county employees
 * (`kind`, `department`, `jobTitle`, `phone`, `email`): stored staff stay as they are.
 */
export const userMigrations = { 1: unchanged, 2: unchanged };
