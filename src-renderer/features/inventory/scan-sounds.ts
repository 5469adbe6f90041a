import { sounds, type FeedbackKind, type Tone } from '../feedback/sounds';
import { playFeedback } from '../feedback/play-sound';

/** What a sweep's scan answered, as the technician hears and sees it. */
export type Answer = 'verified' | 'moved' | 'already' | 'unknown' | 'not-in-service' | 'room' | 'no-room' | 'several' | 'other-site-room';

/**
 * A distinct sound per answer (issue 12), each of the severity the app's rule plays by
 * (../feedback/sounds.ts: never overlapping, a worse one cuts a milder one short):
 *
 *   verified        success: the app's two rising notes
 *   moved           success: three rising notes (it is here now; the register was updated)
 *   room            success: one high short note
 *   already         warning: one short middle note (not counted again)
 *   unknown         warning: the app's two equal notes
 *   several, no-room, other-site-room   warning: two notes falling a fifth
 *   not-in-service  error: the app's low falling buzz
 */
/** Two notes falling a fifth: the scan needs the technician to do something first. */
const misplaced = { kind: 'warning', tones: [{ startMs: 0, durationMs: 110, frequency: 880, wave: 'triangle', gain: 0.3 }, { startMs: 160, durationMs: 140, frequency: 587, wave: 'triangle', gain: 0.3 }] } as const;

const tones: Record<Answer, { kind: FeedbackKind; tones: readonly Tone[] }> = {
  verified: { kind: 'success', tones: sounds.success },
  moved: {
    kind: 'success',
    tones: [
      { startMs: 0, durationMs: 60, frequency: 784, wave: 'sine', gain: 0.25 },
      { startMs: 75, durationMs: 60, frequency: 1046.5, wave: 'sine', gain: 0.25 },
      { startMs: 150, durationMs: 110, frequency: 1568, wave: 'sine', gain: 0.25 },
    ],
  },
  room: { kind: 'success', tones: [{ startMs: 0, durationMs: 60, frequency: 1318.5, wave: 'sine', gain: 0.2 }] },
  already: { kind: 'warning', tones: [{ startMs: 0, durationMs: 90, frequency: 660, wave: 'triangle', gain: 0.3 }] },
  unknown: { kind: 'warning', tones: sounds.warning },
  several: misplaced,
  'no-room': misplaced,
  'other-site-room': misplaced,
  'not-in-service': { kind: 'error', tones: sounds.error },
};

export const answerSound = (answer: Answer) => tones[answer];

export function playAnswer(answer: Answer): void {
  const { kind, tones: shape } = tones[answer];
  playFeedback(kind, shape);
}
