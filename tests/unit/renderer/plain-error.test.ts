import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/api-error';
import { PlainWordsError, failureCase, failureSentence, failureSentences, plainError, sentence, type FailureCase, type FailureWords } from '../../../src-renderer/ui/plain-error';

const words: FailureWords = { offline: 'Offline words.', storageFull: 'Full words.', rejected: sentence, otherwise: 'Otherwise words.' };
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('a failure in the screen\'s words, never the error\'s own text', () => {
  it.each<[string, unknown, FailureWords, string]>([
    ['a check of the app\'s own', new PlainWordsError('Say why the work is on hold.'), words, 'Say why the work is on hold.'],
    ['the network', new ApiError({ kind: 'offline', message: 'fetch failed: ECONNREFUSED 127.0.0.1:4000' }), words, 'Offline words.'],
    ['a server message the area calls plain', new ApiError({ kind: 'rejected', message: 'user name admin01 is taken' }), words, 'User name admin01 is taken.'],
    ['an API failure the screen has no words for', new ApiError({ kind: 'server', message: 'relation "documents" does not exist' }), words, 'Otherwise words.'],
    ['a full disk, wrapped by Dexie', new Dexie.AbortError('Transaction aborted', quota()), words, 'Full words.'],
    ['a full disk where the screen has no words for it', quota(), { otherwise: 'Otherwise words.' }, 'Otherwise words.'],
    ['an RxDB validation error', Object.assign(new Error('RxError (VD2): object does not match schema'), { code: 'VD2' }), words, 'Otherwise words.'],
    ['a bug', new TypeError('Cannot read properties of undefined (reading \'status\')'), words, 'Otherwise words.'],
    ['not an error at all', 'boom', words, 'Otherwise words.'],
  ])('%s', (_, error, screenWords, expected) => {
    expect(plainError(error, screenWords)).toBe(expected);
  });
});

/** One error of each kind the app meets, as it really arrives (the gateway's, the contract's, the browser's). */
const examples: [FailureCase, unknown][] = [
  ['server-address-invalid', new ApiError({ kind: 'rejected', message: 'auth:login: serverUrl: String does not match pattern', field: 'serverUrl' })],
  ['user-name-invalid', new ApiError({ kind: 'rejected', message: 'auth:login: username: String is too long', field: 'username' })],
  ['password-invalid', new ApiError({ kind: 'rejected', message: 'auth:login: password: String is too long', field: 'password' })],
  ['wrong-credentials', new ApiError({ kind: 'rejected', message: 'wrong username or password', field: 'password' })],
  ['account-disabled', new ApiError({ kind: 'forbidden', message: 'this account is disabled: ask your administrator', field: 'username', status: 403 })],
  ['too-many-sign-ins', new ApiError({ kind: 'rejected', message: 'too many failed sign-ins: try again in 42 seconds', field: 'username', status: 429 })],
  ['unreachable', new ApiError({ kind: 'offline', message: 'cannot reach the central server (Failed to fetch)' })],
  ['session-expired', new ApiError({ kind: 'expired', message: 'sign in again to sync' })],
  ['not-allowed', new ApiError({ kind: 'forbidden', message: 'role technician may not write reference', status: 403 })],
  ['already-taken', new ApiError({ kind: 'rejected', message: 'tag already used', field: 'tag', status: 409 })],
  ['not-valid', new ApiError({ kind: 'rejected', message: 'the server answered 400', status: 400 })],
  ['server-failed', new ApiError({ kind: 'server', message: 'the server answered 503', status: 503 })],
  ['storage-full', new Dexie.AbortError('Transaction aborted', quota())],
  ['storage-unavailable', new Dexie.OpenFailedError('UnknownError: Internal error opening backing store')],
  ['unexpected', new TypeError("Cannot read properties of undefined (reading 'status')")],
];

/** What must never reach the screen: status codes, exception and schema words, internal names. */
const technical = /\b[1-5]\d\d\b|error|exception|undefined|null|NaN|schema|pattern|fetch|RxError|serverUrl|username\b|\b[a-z]+[A-Z][a-zA-Z]*\b/;

describe('the table of failures in plain words', () => {
  it('has an example for every case it names, and each example is read as that case', () => {
    expect(new Set(examples.map(([which]) => which))).toEqual(new Set(Object.keys(failureSentences)));
    for (const [which, error] of examples) expect([which, failureCase(error)]).toEqual([which, which]);
  });

  it.each(examples)('%s: says what happened and what to do, in a sentence with nothing technical', (_, error) => {
    const words = failureSentence(error, { serverUrl: 'https://fielddesk.example-county.gov' });
    expect(words).toMatch(/^[A-Z].{20,}[.]$/);
    expect(words.replace('https://fielddesk.example-county.gov', 'the address')).not.toMatch(technical);
    expect(words).not.toContain((error as Error).message);
  });

  it('names the server that cannot be reached and the wait before another sign-in', () => {
    expect(failureSentence(examples[6]?.[1], { serverUrl: 'https://fd.county.gov' })).toBe(
      "Can't reach the server at https://fd.county.gov: check the address and the network. Your work is saved on this device and will be sent when the server is back.",
    );
    expect(failureSentence(examples[6]?.[1], { serverUrl: 'https://fd.county.gov', signingIn: true })).toBe(
      "Can't reach the server at https://fd.county.gov: check the address and the network, then sign in again.",
    );
    expect(failureSentence(examples[5]?.[1])).toBe('Too many sign-ins failed for this user name: wait 42 seconds, then try again.');
  });
});
