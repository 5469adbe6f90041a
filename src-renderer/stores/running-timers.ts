import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type Timers = {
  /** When each running timer started, by `userId:workOrderId`. */
  startedAt: Record<string, string>;
  start(key: string, at: string): void;
  stop(key: string): void;
};

/**
 * The timers running on this laptop: kept across restarts (a timer left running over a reload
 * still counts), not synced. Stopping one writes its span as a time entry, which is synced.
 */
export const useRunningTimers = create<Timers>()(
  persist(
    (set) => ({
      startedAt: {},
      start: (key, at) => set((s) => ({ startedAt: { ...s.startedAt, [key]: at } })),
      stop: (key) =>
        set((s) => {
          const { [key]: _stopped, ...rest } = s.startedAt;
          return { startedAt: rest };
        }),
    }),
    { name: 'fielddesk-running-timers', storage: createJSONStorage(() => localStorage), partialize: (s) => ({ startedAt: s.startedAt }) },
  ),
);

/** The key of a user's timer on a work order. */
export const timerKey = (userId: string, workOrderId: string) => `${userId}:${workOrderId}`;
