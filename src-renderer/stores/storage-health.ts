import { create } from 'zustand';

/**
 * Why this device cannot store what sync brings:
 * - `full`: the browser refused for lack of space (IndexedDB's QuotaExceededError, a full disk);
 * - `failing`: any other failed write of synced documents.
 *
 *   healthy --(a sync write fails)--> full | failing --(that collection's next run succeeds)--> healthy
 */
export type StorageTrouble = 'full' | 'failing';

type StorageHealth = {
  /** Collections whose last sync run failed to store, and why. */
  troubled: Record<string, StorageTrouble>;
  report(collection: string, trouble: StorageTrouble): void;
  clear(collection: string): void;
};

/** Whether sync can store what it receives, per collection (for the sync indicator). */
export const useStorageHealth = create<StorageHealth>((set) => ({
  troubled: {},
  report: (collection, trouble) => set((s) => (s.troubled[collection] === trouble ? s : { troubled: { ...s.troubled, [collection]: trouble } })),
  clear: (collection) =>
    set((s) => {
      if (!(collection in s.troubled)) return s;
      const { [collection]: _cleared, ...rest } = s.troubled;
      return { troubled: rest };
    }),
}));

/** The trouble to show: a full disk wins over other failures, as it is the one a person can fix. */
export function storageTroubleOf(state: Pick<StorageHealth, 'troubled'>): StorageTrouble | null {
  const troubles = Object.values(state.troubled);
  if (troubles.includes('full')) return 'full';
  return troubles.length > 0 ? 'failing' : null;
}
