import { create } from 'zustand';

type Progress = {
  /** Latest server sequence per collection, from the live stream. */
  heads: Record<string, number>;
  /** How far each collection has pulled (its checkpoint). */
  reached: Record<string, number>;
  setHeads(heads: Record<string, number>): void;
  setHead(collection: string, seq: number): void;
  setReached(collection: string, seq: number): void;
  /** Forgets everything: another user's database starts syncing. */
  reset(): void;
};

/** How much of the server's data this device has pulled, for the sync progress bar. */
export const useSyncProgress = create<Progress>((set) => ({
  heads: {},
  reached: {},
  setHeads: (heads) => set((s) => ({ heads: { ...s.heads, ...heads } })),
  setHead: (collection, seq) => set((s) => ({ heads: { ...s.heads, [collection]: Math.max(seq, s.heads[collection] ?? 0) } })),
  setReached: (collection, seq) => set((s) => ({ reached: { ...s.reached, [collection]: seq } })),
  reset: () => set({ heads: {}, reached: {} }),
}));

/** Changes still to pull and in all, over every collection the stream has announced. */
export function progressOf(state: Pick<Progress, 'heads' | 'reached'>): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const [collection, head] of Object.entries(state.heads)) {
    const reached = Math.min(state.reached[collection] ?? 0, head);
    done += reached;
    total += head;
  }
  return { done, total };
}
