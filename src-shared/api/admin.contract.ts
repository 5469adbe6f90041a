import type { ManagedUser, NewUser, UserChange } from '../sync/admin-protocol';

/** Account management, for admins; the server refuses anyone else (`forbidden`). Needs the network. */
export type AdminContract = {
  /** Every user with an account, by user name. */
  'admin:list-users': (arg: Record<string, never>) => Promise<ManagedUser[]>;
  /** Adds a user who can sign in at once with the given password. */
  'admin:add-user': (arg: NewUser) => Promise<ManagedUser>;
  /** Changes a user's name, role, level, permissions or `disabled` (which ends their sessions at once). */
  'admin:change-user': (arg: { userId: string; change: UserChange }) => Promise<ManagedUser>;
  /** Sets a new password for a user and ends their sessions. */
  'admin:reset-password': (arg: { userId: string; password: string }) => Promise<void>;
};

export const adminChannels = ['admin:list-users', 'admin:add-user', 'admin:change-user', 'admin:reset-password'] as const satisfies readonly (keyof AdminContract)[];
