import { ApiError } from '@shared/api/api-error';

/** An admin call's failure in words for the screen (the server's own messages are already plain). */
export function plainError(error: unknown): string {
  if (error instanceof ApiError && error.kind === 'offline') return 'The central server cannot be reached: managing accounts needs the network. Try again when online.';
  if (error instanceof ApiError && error.kind === 'forbidden') return 'Only an administrator can manage user accounts.';
  if (error instanceof ApiError && error.kind === 'expired') return 'Your session has ended: sign in again.';
  if (error instanceof ApiError && error.kind === 'rejected') return sentence(error.message);
  return 'The central server could not do this. Try again in a moment.';
}

/** A message as a sentence: capital first letter, full stop. */
export const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
