import { ApiError } from '@shared/api/api-error';
import { storageTroubleIn } from '../sync/storage-trouble';

/**
 * A failure whose message was written for the person at the screen: a check of the app's own
 * ("Describe what was done before resolving."). Any other error's message is technical and
 * never shown.
 */
export class PlainWordsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlainWordsError';
  }
}

/**
 * Every failure the app can show, by what it means to the person at the screen. The error's own
 * text (validator messages, status codes, exception names) is only ever used to pick a case.
 */
export type FailureCase =
  | 'server-address-invalid'
  | 'user-name-invalid'
  | 'password-invalid'
  | 'wrong-credentials'
  | 'account-disabled'
  | 'too-many-sign-ins'
  | 'unreachable'
  | 'session-expired'
  | 'not-allowed'
  | 'already-taken'
  | 'not-valid'
  | 'server-failed'
  | 'storage-full'
  | 'storage-unavailable'
  | 'unexpected';

/** What a sentence may name: the server's address, the field, the seconds to wait; whether it is a sign-in (no work to keep yet). Never raw error text. */
export type FailureContext = { serverUrl?: string; field?: string; waitSeconds?: number; signingIn?: boolean };

/** THE table: each case as a sentence saying what happened and what to do. */
export const failureSentences: Record<FailureCase, (context: FailureContext) => string> = {
  'server-address-invalid': () => 'Enter the server address, like https://fielddesk.example-county.gov (your administrator knows it).',
  'user-name-invalid': () => 'Enter your user name as your administrator gave it to you: at most 40 characters.',
  'password-invalid': () => 'Enter your password as you set it, or as your administrator gave it to you.',
  'wrong-credentials': () => 'That user name and password do not match: check both and try again. Your administrator can reset a forgotten password.',
  'account-disabled': () => 'This account is disabled: ask your administrator to enable it.',
  'too-many-sign-ins': ({ waitSeconds }) =>
    `Too many sign-ins failed for this user name: wait ${waitSeconds ? `${waitSeconds} seconds` : 'a minute'}, then try again.`,
  unreachable: ({ serverUrl, signingIn }) =>
    `Can't reach the server${serverUrl ? ` at ${serverUrl}` : ''}: check the address and the network${
      signingIn ? ', then sign in again.' : '. Your work is saved on this device and will be sent when the server is back.'
    }`,
  'session-expired': () => 'Your session has ended: sign in again. Nothing you changed on this device is lost.',
  'not-allowed': () => 'Your role does not allow this: ask a supervisor or your administrator.',
  'already-taken': ({ field }) => `${capital(field ?? 'this value')} is already used by another record: choose another and try again.`,
  'not-valid': ({ field }) => `${capital(field ?? 'what you entered')} is not valid: correct it and try again.`,
  'server-failed': () => 'The central server could not do this just now: try again in a minute. Your work is saved on this device.',
  'storage-full': () => "This device's storage is full: free some space (delete downloads or old files), then try again. Nothing saved so far is lost.",
  'storage-unavailable': () =>
    'FieldDesk could not open its storage on this device: close other FieldDesk windows and reload. If it keeps failing, the browser may be in private mode or its site data blocked.',
  unexpected: () => 'Something went wrong on this device: try again, and reload the app if it keeps failing. Your saved work is kept.',
};

/** Field names as people know them, for sentences about a refused value. */
const fieldWords: Record<string, string> = {
  serverUrl: 'the server address', username: 'the user name', password: 'the password', name: 'the name', tag: 'the tag',
};

/** Which case an error is: ApiError kind, HTTP status and field; a quota error anywhere in its chain. */
export function failureCase(error: unknown): FailureCase {
  if (storageTroubleIn(error) === 'full') return 'storage-full';
  if (!(error instanceof ApiError)) return isStorageOpenFailure(error) ? 'storage-unavailable' : 'unexpected';
  if (error.kind === 'offline') return 'unreachable';
  if (error.kind === 'expired') return 'session-expired';
  if (error.status === 429) return 'too-many-sign-ins';
  if (error.kind === 'forbidden') return error.field === 'username' ? 'account-disabled' : 'not-allowed';
  if (error.kind === 'server') return 'server-failed';
  // `rejected`: the argument failed the contract's schema, or the server refused the value.
  if (error.field === 'serverUrl') return 'server-address-invalid';
  if (error.field === 'username') return 'user-name-invalid';
  if (error.field === 'password') return error.status === undefined && /username or password/.test(error.message) ? 'wrong-credentials' : 'password-invalid';
  if (error.status === 409) return 'already-taken';
  return 'not-valid';
}

/** Any failure as the table's sentence. */
export function failureSentence(error: unknown, context: FailureContext = {}): string {
  if (error instanceof PlainWordsError) return error.message;
  const which = failureCase(error);
  const field = error instanceof ApiError && error.field ? fieldWords[error.field] : undefined;
  const wait = error instanceof ApiError ? Number(/(\d+) seconds/.exec(error.message)?.[1]) || undefined : undefined;
  return failureSentences[which]({ ...(field ? { field } : {}), ...(wait ? { waitSeconds: wait } : {}), ...context });
}

/** IndexedDB refusing to open (blocked, private mode, a broken profile): RxDB and Dexie name these. */
function isStorageOpenFailure(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return ['OpenFailedError', 'DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'VersionError', 'MissingAPIError'].includes(name);
}

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * What each kind of failure means on one screen, where the screen has better words than the
 * table (what was not saved, what is kept). `rejected` may pass on the server's message where
 * that area's messages are written for people (the admin calls); `otherwise` covers every failure
 * the screen names no words for.
 */
export type FailureWords = {
  offline?: string;
  expired?: string;
  forbidden?: string;
  server?: string;
  rejected?: string | ((message: string) => string);
  /** This device's storage is full (a quota error anywhere in the error's chain). */
  storageFull?: string;
  otherwise: string;
};

/** A failure in the screen's words, never the error's own text. */
export function plainError(error: unknown, words: FailureWords): string {
  if (error instanceof PlainWordsError) return error.message;
  if (error instanceof ApiError) {
    const said = words[error.kind];
    if (typeof said === 'function') return said(error.message);
    return said ?? words.otherwise;
  }
  if (words.storageFull && storageTroubleIn(error) === 'full') return words.storageFull;
  return words.otherwise;
}

/** A message as a sentence: capital first letter, full stop. */
export const sentence = (text: string) => `${capital(text)}.`;
