import { describe, expect, it } from 'vitest';
import { answerSound, type Answer } from '../../../../src-renderer/features/inventory/scan-sounds';

const shape = (answer: Answer) => JSON.stringify(answerSound(answer).tones.map((t) => [t.startMs, t.durationMs, t.frequency, t.wave]));

describe("a sweep scan's sound", () => {
  it('differs for each outcome a technician must tell apart without looking', () => {
    const outcomes: Answer[] = ['verified', 'moved', 'already', 'unknown', 'not-in-service', 'room', 'several'];
    expect(new Set(outcomes.map(shape)).size).toBe(outcomes.length);
  });

  it('is as severe as the outcome: found is a success, a repeat or an unknown tag a warning, a surplus asset found an error', () => {
    const kinds = Object.fromEntries((['verified', 'moved', 'room', 'already', 'unknown', 'no-room', 'not-in-service'] as const).map((a) => [a, answerSound(a).kind]));
    expect(kinds).toEqual({ verified: 'success', moved: 'success', room: 'success', already: 'warning', unknown: 'warning', 'no-room': 'warning', 'not-in-service': 'error' });
  });
});
