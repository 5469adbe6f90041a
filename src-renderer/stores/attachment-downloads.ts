import { create } from 'zustand';

/**
 * Where a download the screen waits for stands: on its way, waiting for the network, not sent by
 * its device yet, or refused by the server (no longer readable).
 */
export type DownloadState = 'downloading' | 'offline' | 'not-sent-yet' | 'unavailable';

type Downloads = {
  byId: Record<string, DownloadState>;
  set(id: string, state: DownloadState): void;
  clear(id: string): void;
  reset(): void;
};

/** UI state only: the bytes themselves are in the device's attachment files. */
export const useAttachmentDownloads = create<Downloads>((set) => ({
  byId: {},
  set: (id, state) => set((s) => (s.byId[id] === state ? s : { byId: { ...s.byId, [id]: state } })),
  clear: (id) =>
    set((s) => {
      if (!(id in s.byId)) return s;
      const { [id]: _, ...rest } = s.byId;
      return { byId: rest };
    }),
  reset: () => set({ byId: {} }),
}));
