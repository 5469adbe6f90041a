import { create } from 'zustand';

/** Whether any collection's replication is moving data right now (for the sync indicator). */
export const useSyncActivity = create<{ busy: boolean; setBusy(busy: boolean): void }>((set) => ({
  busy: false,
  setBusy: (busy) => set({ busy }),
}));
