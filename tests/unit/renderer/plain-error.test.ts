import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/api-error';
import { PlainWordsError, plainError, sentence, type FailureWords } from '../../../src-renderer/ui/plain-error';

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
