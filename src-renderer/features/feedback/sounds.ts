/**
 * The app's three feedback sounds, as tones for the Web Audio API (nothing shipped to load), and
 * the rule for which one plays. Told apart by their shape as much as by pitch, for people who hear
 * pitch poorly and on laptop speakers that lose the low end:
 *
 *   success   two short rising notes, high         "di-ding"
 *   warning   two equal notes, middle              "beep beep"
 *   error     one falling buzz, low and longer     "bzz-ow"
 *
 * A sound never overlaps another: while one plays, a later one of the same or a milder kind is
 * skipped (a burst of scans gives one beep, not a chord); a more severe one cuts it short.
 */
export const feedbackKinds = ['success', 'warning', 'error'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

/** One note: when it starts after the sound's start, how long it lasts, its pitch, timbre and loudness (0..1). */
export type Tone = { startMs: number; durationMs: number; frequency: number; endFrequency?: number; wave: 'sine' | 'triangle' | 'square' | 'sawtooth'; gain: number };

export const sounds: Record<FeedbackKind, readonly Tone[]> = {
  success: [
    { startMs: 0, durationMs: 70, frequency: 1046.5, wave: 'sine', gain: 0.25 },
    { startMs: 80, durationMs: 110, frequency: 1568, wave: 'sine', gain: 0.25 },
  ],
  warning: [
    { startMs: 0, durationMs: 120, frequency: 740, wave: 'triangle', gain: 0.35 },
    { startMs: 190, durationMs: 120, frequency: 740, wave: 'triangle', gain: 0.35 },
  ],
  error: [{ startMs: 0, durationMs: 380, frequency: 330, endFrequency: 196, wave: 'square', gain: 0.12 }],
};

const severity: Record<FeedbackKind, number> = { success: 0, warning: 1, error: 2 };

/** How long a sound lasts, from its first note's start to its last note's end. */
export function soundLengthMs(kind: FeedbackKind): number {
  return Math.max(...sounds[kind].map((t) => t.startMs + t.durationMs));
}

/** What is sounding now, if anything: its kind and when it ends (ms on the caller's clock). */
export type Playing = { kind: FeedbackKind; endsAt: number } | null;

/**
 * Whether `next` plays, given the mute setting and what is still sounding at `now`: 'play' (nothing
 * sounding), 'replace' (a milder sound is cut short), or 'skip' (muted, or as severe a sound is on).
 */
export function chooseSound(next: FeedbackKind, state: { muted: boolean; playing: Playing; now: number }): 'play' | 'replace' | 'skip' {
  if (state.muted) return 'skip';
  const { playing } = state;
  if (!playing || playing.endsAt <= state.now) return 'play';
  return severity[next] > severity[playing.kind] ? 'replace' : 'skip';
}
