import { describe, expect, it } from 'vitest';
import { completeRosa, liveRosaScore, rosaFindingsOf, sectionComplete, type RosaDraft } from '@shared/domain/ergonomics/rosa-draft';
import { scoreRosa } from '@shared/domain/ergonomics/rosa';
import { rosaInput } from './rosa-inputs';

/** A worse-than-ideal workstation, complete. */
const full = rosaInput({
  chair: { seatHeight: { base: 'noFootContact', notAdjustable: true }, armrests: { base: 'tooHighOrLow' }, duration: 1 },
  monitor: { base: 'tooLow', glare: true, duration: 1 },
  telephone: { base: 'tooFar', neckShoulderHold: true, duration: 0 },
  mouse: { base: 'reaching', duration: 1 },
  keyboard: { base: 'wristsExtended', duration: 1 },
});
const score = scoreRosa(full);

describe('the live score of a draft: each sub-score once the answers it stands on are given', () => {
  it.each<[string, RosaDraft, ReturnType<typeof liveRosaScore>]>([
    ['nothing answered', {}, {}],
    ['the chair without its duration', { chair: { ...full.chair, duration: undefined } }, {}],
    ['the chair', { chair: full.chair }, { chair: score.chair }],
    ['monitor and telephone', { monitor: full.monitor, telephone: full.telephone }, { monitorTelephone: score.monitorTelephone }],
    ['monitor and a telephone without duration', { monitor: full.monitor, telephone: { base: 'tooFar' } }, {}],
    ['mouse and keyboard', { mouse: full.mouse, keyboard: full.keyboard }, { mouseKeyboard: score.mouseKeyboard }],
    [
      'all but the chair',
      { monitor: full.monitor, telephone: full.telephone, mouse: full.mouse, keyboard: full.keyboard },
      { monitorTelephone: score.monitorTelephone, mouseKeyboard: score.mouseKeyboard, peripherals: score.peripherals },
    ],
    [
      'everything',
      full,
      { chair: score.chair, monitorTelephone: score.monitorTelephone, mouseKeyboard: score.mouseKeyboard, peripherals: score.peripherals, final: score.final, actionLevel: score.actionLevel },
    ],
  ])('%s', (_, draft, expected) => {
    expect(liveRosaScore(draft)).toEqual(expected);
  });

  it('a complete draft scores exactly as scoreRosa, and reaches the action level here', () => {
    expect(completeRosa(full)).toEqual(full);
    expect(liveRosaScore(full).final).toBe(score.final);
    expect(score.actionLevel).toBe(true);
  });

  it('an option ROSA does not offer leaves its section unscored, never guessed', () => {
    const draft = { ...full, monitor: { ...full.monitor, base: 'sideways' } } as unknown as RosaDraft;
    expect(sectionComplete(draft, 'monitor')).toBe(false);
    expect(liveRosaScore(draft)).toEqual({ chair: score.chair, mouseKeyboard: score.mouseKeyboard });
    expect(completeRosa(draft)).toBeNull();
  });
});

describe('the findings of the answers, which suggest recommendations', () => {
  it.each<[string, RosaDraft, string[]]>([
    ['an ideal workstation', rosaInput(), []],
    ['nothing answered', {}, []],
    ['options, modifiers and long durations', full, [
      'chair.seatHeight.noFootContact', 'chair.seatHeight.notAdjustable', 'chair.armrests.tooHighOrLow', 'chair.longDuration',
      'monitor.tooLow', 'monitor.glare', 'monitor.longDuration', 'telephone.tooFar', 'telephone.neckShoulderHold',
      'mouse.reaching', 'mouse.longDuration', 'keyboard.wristsExtended', 'keyboard.longDuration',
    ]],
    ['a modifier ticked off is no finding', { mouse: { base: 'ok', palmRest: false, duration: -1 } }, []],
  ])('%s', (_, draft, expected) => {
    expect(rosaFindingsOf(draft)).toEqual(expected);
  });
});
