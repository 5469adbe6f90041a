import { roles, userPermissions, type Role, type UserPermission } from '../schema/user.schema';
import { createValidator, type SchemaViolation } from '../schema/validate';

/**
 * The admin routes (admins only, 403 otherwise):
 *   GET   /admin/users                 -> ManagedUser[]
 *   POST  /admin/users          NewUser -> 201 ManagedUser (409 when the user name is taken)
 *   PATCH /admin/users/:id   UserChange -> ManagedUser (disabling ends the user's sessions)
 *   POST  /admin/users/:id/password PasswordReset -> { ok: true } (ends the user's sessions)
 */

/** A user with an account, as the admin screen lists them. */
export type ManagedUser = {
  id: string;
  username: string;
  name: string;
  role: Role;
  level: number;
  permissions: UserPermission[];
  disabled: boolean;
};

export type NewUser = { username: string; name: string; role: Role; level: number; password: string; permissions?: UserPermission[] };
export type UserChange = Partial<Pick<ManagedUser, 'name' | 'role' | 'level' | 'permissions' | 'disabled'>>;
export type PasswordReset = { password: string };

/** Shorter passwords are refused everywhere one is set (NIST SP 800-63B's minimum). */
export const minPasswordLength = 8;

const fields = {
  username: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{1,39}$' },
  name: { type: 'string', minLength: 1, maxLength: 120, pattern: '\\S' },
  role: { type: 'string', enum: roles },
  level: { type: 'integer', minimum: 1, maximum: 3 },
  password: { type: 'string', minLength: minPasswordLength, maxLength: 200 },
  permissions: { type: 'array', maxItems: 10, uniqueItems: true, items: { type: 'string', enum: userPermissions } },
  disabled: { type: 'boolean' },
} as const;

export const newUserSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['username', 'name', 'role', 'level', 'password'],
  properties: { username: fields.username, name: fields.name, role: fields.role, level: fields.level, password: fields.password, permissions: fields.permissions },
} as const;

export const userChangeSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name: fields.name, role: fields.role, level: fields.level, permissions: fields.permissions, disabled: fields.disabled },
} as const;

export const passwordResetSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['password'],
  properties: { password: fields.password },
} as const;

/** What each field must be, in words a person can act on (the schema's own messages name regexes). */
const plainWords: Record<keyof typeof fields, string> = {
  username: 'user name must be 2 to 40 characters: lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit',
  name: 'name is required (at most 120 characters)',
  role: `role must be one of ${roles.join(', ')}`,
  level: 'level must be 1, 2 or 3',
  password: `password must be ${minPasswordLength} to 200 characters`,
  permissions: `permissions may list only ${userPermissions.join(', ')}`,
  disabled: 'disabled must be true or false',
};

function plainCheck(schema: { properties: object }): (body: unknown) => SchemaViolation | null {
  const validate = createValidator(schema);
  return (body) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { field: '', message: 'the request body must be a JSON object' };
    const violation = validate(body);
    if (!violation) return null;
    const field = violation.field.split('.')[0] ?? '';
    if (field === '') return { field: '', message: schema === userChangeSchema ? 'say what to change' : violation.message };
    if (!Object.hasOwn(schema.properties, field) || !Object.hasOwn(plainWords, field)) return { field, message: `${field} is not a known field` };
    const known = field as keyof typeof plainWords;
    return { field, message: violation.message.endsWith('is required') ? `${field} is required: ${plainWords[known]}` : plainWords[known] };
  };
}

/** Each admin body's check: null, or the first wrong field with what it must be. */
export const checkNewUser = plainCheck(newUserSchema);
export const checkUserChange = plainCheck(userChangeSchema);
export const checkPasswordReset = plainCheck(passwordResetSchema);
