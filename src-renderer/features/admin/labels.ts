import type { Role } from '@shared/schema/user.schema';

/** Roles as the admin screen names them. */
export const roleLabels: Record<Role, string> = { technician: 'Technician', supervisor: 'Supervisor', admin: 'Administrator' };
