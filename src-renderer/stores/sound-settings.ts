import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

type SoundSettings = { muted: boolean; setMuted(muted: boolean): void };

/** Whether the app's feedback sounds are muted: a setting of this laptop, kept across restarts. */
export const useSoundSettings = create<SoundSettings>()(
  persist((set) => ({ muted: false, setMuted: (muted) => set({ muted }) }), {
    name: 'fielddesk-sound-settings',
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({ muted: state.muted }),
  }),
);
