import { sentence, type FailureWords } from '../../ui/plain-error';
import type { Role } from '@shared/schema/user.schema';

/** Roles as the admin screen names them. */
export const roleLabels: Record<Role, string> = { technician: 'Technician', supervisor: 'Supervisor', admin: 'Administrator' };

/** An admin call's failure in words for the screen (the server's own messages for these calls are plain). */
export const adminFailureWords: FailureWords = {
  offline: 'The central server cannot be reached: managing accounts needs the network. Try again when online.',
  forbidden: 'Only an administrator can manage user accounts.',
  expired: 'Your session has ended: sign in again.',
  rejected: sentence,
  otherwise: 'The central server could not do this. Try again in a moment.',
};
