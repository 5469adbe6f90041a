import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Where a technician is in a sweep: which sweep, and the room they set. */
export type SweepSpot = { sweepId: string; building: string; room: string };

type SweepSession = {
  /** By user id: the sweep each user of this laptop is working, kept across restarts (pause and resume). */
  active: Record<string, SweepSpot | undefined>;
  enter(userId: string, spot: SweepSpot): void;
  /** Forgets the user's sweep (it is finished). */
  pause(userId: string): void;
};

/**
 * The sweep a user is in and their room, persisted on this laptop: closing the app or reloading
 * the page mid-sweep comes back to the same sweep and room. The scans themselves are in the
 * local database, never here.
 */
export const useSweepSession = create<SweepSession>()(
  persist(
    (set) => ({
      active: {},
      enter: (userId, spot) => set((s) => ({ active: { ...s.active, [userId]: spot } })),
      pause: (userId) => set((s) => ({ active: { ...s.active, [userId]: undefined } })),
    }),
    { name: 'fielddesk-sweep-session', storage: createJSONStorage(() => localStorage), partialize: (s) => ({ active: s.active }) },
  ),
);
