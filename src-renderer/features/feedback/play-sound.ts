import { useSoundSettings } from '../../stores/sound-settings';
import { chooseSound, sounds, type FeedbackKind, type Playing, type Tone } from './sounds';

let context: AudioContext | null = null;
let playing: Playing = null;
let sounding: OscillatorNode[] = [];

/**
 * Plays a feedback sound through the Web Audio API, unless muted or a sound as severe is still on
 * (see sounds.ts). The AudioContext is made at the first sound, which follows a click or a scan:
 * browsers let audio start only after the user has done something on the page. `tones` gives a
 * sound of that severity its own shape (a sweep's scan answers: ../inventory/scan-sounds.ts).
 */
export function playFeedback(kind: FeedbackKind, tones: readonly Tone[] = sounds[kind]): void {
  const now = performance.now();
  const choice = chooseSound(kind, { muted: useSoundSettings.getState().muted, playing, now });
  if (choice === 'skip') return;
  if (choice === 'replace') for (const oscillator of sounding) oscillator.stop();
  try {
    context ??= new AudioContext();
    void context.resume();
    sounding = tones.map((tone) => {
      const ctx = context as AudioContext;
      const start = ctx.currentTime + tone.startMs / 1000;
      const end = start + tone.durationMs / 1000;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = tone.wave;
      oscillator.frequency.setValueAtTime(tone.frequency, start);
      if (tone.endFrequency) oscillator.frequency.exponentialRampToValueAtTime(tone.endFrequency, end);
      // A 10 ms attack and an exponential fade: no click at either end.
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(tone.gain, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, end);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(end + 0.02);
      return oscillator;
    });
    playing = { kind, endsAt: now + Math.max(...tones.map((t) => t.startMs + t.durationMs)) };
  } catch {
    // No audio device (or audio blocked): the sound is a courtesy, the screen still says what happened.
    playing = null;
  }
}
