import { useSyncExternalStore } from 'react';
import type { Asset } from '@shared/schema/asset.schema';
import type { Answer } from './scan-sounds';

/** What the screen shows for the latest scan. */
export type ScanAnswer = { n: number; answer: Answer; tag: string; text: string; asset?: Asset; eventId?: string };

/**
 * The latest scan's answer, in a store of its own: only the banner and the actions under it
 * re-render when a scan is answered, so the answer paints in the next frame however large the
 * sweep's lists are (the counts follow when the scan's event is stored).
 */
export type AnswerStore = { get(): ScanAnswer | null; set(a: ScanAnswer): void; subscribe(listener: () => void): () => void };

export function createAnswerStore(): AnswerStore {
  let current: ScanAnswer | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(a) {
      current = a;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const useAnswer = (store: AnswerStore) => useSyncExternalStore(store.subscribe, store.get);
