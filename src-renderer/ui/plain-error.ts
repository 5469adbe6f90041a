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
 * What each kind of failure means on one screen. `rejected` may pass on the server's message
 * where that area's messages are written for people (the admin calls); `otherwise` covers every
 * failure the screen names no words for.
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
export const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
