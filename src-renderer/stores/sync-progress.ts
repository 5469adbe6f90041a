import { create } from 'zustand';

type Counts = Record<string, number>;

type Progress = {
  /** Latest server sequence per collection, from the live stream. */
  heads: Counts;
  /** How far each collection has pulled (its checkpoint). */
  reached: Counts;
  /** Documents of each collection in the user's view on the server, from a pull from the start. */
  counts: Counts;
  /** Documents received so far by each pull from the start (a first sync) under way. */
  received: Counts;
  /** When each collection last finished pulling what the server had. */
  syncedAt: Record<string, string>;
  /** Each collection's last failure since it last synced, for the sync panel to put in words. */
  failures: Record<string, unknown>;
  setHeads(heads: Counts): void;
  setHead(collection: string, seq: number): void;
  setReached(collection: string, seq: number): void;
  setCount(collection: string, count: number): void;
  /** A pull from the start begins: nothing of it is received yet. */
  beginFromStart(collection: string): void;
  addReceived(collection: string, documents: number): void;
  /** The collection pulled to the server's head: a pull from the start is over. */
  pulledToHead(collection: string, at: string): void;
  failed(collection: string, error: unknown): void;
  /** Forgets everything: another user's database starts syncing. */
  reset(): void;
};

const without = (record: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/** How much of the server's data this device has pulled, for the sync progress bar and panel. */
export const useSyncProgress = create<Progress>((set) => ({
  heads: {},
  reached: {},
  counts: {},
  received: {},
  syncedAt: {},
  failures: {},
  setHeads: (heads) => set((s) => ({ heads: { ...s.heads, ...heads } })),
  setHead: (collection, seq) => set((s) => ({ heads: { ...s.heads, [collection]: Math.max(seq, s.heads[collection] ?? 0) } })),
  setReached: (collection, seq) => set((s) => ({ reached: { ...s.reached, [collection]: seq } })),
  setCount: (collection, count) => set((s) => ({ counts: { ...s.counts, [collection]: count } })),
  beginFromStart: (collection) => set((s) => ({ received: { ...s.received, [collection]: 0 } })),
  addReceived: (collection, documents) =>
    set((s) => (collection in s.received ? { received: { ...s.received, [collection]: (s.received[collection] ?? 0) + documents } } : s)),
  pulledToHead: (collection, at) =>
    set((s) => ({ received: without(s.received, collection) as Counts, syncedAt: { ...s.syncedAt, [collection]: at }, failures: without(s.failures, collection) })),
  failed: (collection, error) => set((s) => ({ failures: { ...s.failures, [collection]: error } })),
  reset: () => set({ heads: {}, reached: {}, counts: {}, received: {}, syncedAt: {}, failures: {} }),
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

/**
 * The pull from the start with the most still to come, as documents received of those in the
 * user's view ("12,400 of 50,000 assets"), or null when no first sync is under way.
 */
export function firstSyncOf(state: Pick<Progress, 'counts' | 'received'>): { collection: string; received: number; count: number } | null {
  let largest: { collection: string; received: number; count: number } | null = null;
  for (const [collection, got] of Object.entries(state.received)) {
    const count = state.counts[collection] ?? 0;
    const received = Math.min(got, count);
    if (received >= count) continue;
    if (!largest || count - received > largest.count - largest.received) largest = { collection, received, count };
  }
  return largest;
}
