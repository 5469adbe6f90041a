import { describe, expect, it } from 'vitest';
import { chooseSound, feedbackKinds, soundLengthMs, sounds, type FeedbackKind } from '../../../src-renderer/features/feedback/sounds';

const pitches = (kind: FeedbackKind) => sounds[kind].flatMap((t) => [t.frequency, t.endFrequency ?? t.frequency]);

describe('feedback sounds', () => {
  it('are short: each is over within half a second', () => {
    for (const kind of feedbackKinds) expect(soundLengthMs(kind)).toBeLessThanOrEqual(500);
  });

  it('are told apart by shape, not by pitch alone: success rises, warning repeats one note, error falls and is lowest', () => {
    const success = pitches('success');
    expect(success.at(-1)).toBeGreaterThan(success[0] ?? Infinity);
    expect(new Set(pitches('warning')).size).toBe(1);
    expect(sounds.warning.length).toBe(2);
    const error = pitches('error');
    expect(error.at(-1)).toBeLessThan(error[0] ?? 0);
    expect(Math.max(...error)).toBeLessThan(Math.min(...pitches('warning'), ...success));
    const shapes = feedbackKinds.map((kind) => JSON.stringify(sounds[kind].map((t) => [t.wave, t.frequency, t.endFrequency ?? null])));
    expect(new Set(shapes).size).toBe(3);
  });

  it.each([
    ['anything, when muted', 'error', { muted: true, playing: null, now: 0 }, 'skip'],
    ['a sound when nothing sounds', 'success', { muted: false, playing: null, now: 0 }, 'play'],
    ['a sound once the last one is over', 'success', { muted: false, playing: { kind: 'error', endsAt: 100 }, now: 100 }, 'play'],
    ['a second success during the first (a burst of scans: one beep)', 'success', { muted: false, playing: { kind: 'success', endsAt: 150 }, now: 40 }, 'skip'],
    ['a success during a warning', 'success', { muted: false, playing: { kind: 'warning', endsAt: 300 }, now: 40 }, 'skip'],
    ['an error during a success: it cuts the success short', 'error', { muted: false, playing: { kind: 'success', endsAt: 150 }, now: 40 }, 'replace'],
    ['a warning during a success', 'warning', { muted: false, playing: { kind: 'success', endsAt: 150 }, now: 40 }, 'replace'],
    ['an error during an error', 'error', { muted: false, playing: { kind: 'error', endsAt: 380 }, now: 40 }, 'skip'],
  ] as const)('choose for %s', (_, kind, state, choice) => {
    expect(chooseSound(kind, state)).toBe(choice);
  });
});
