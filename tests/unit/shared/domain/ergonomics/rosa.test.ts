import { describe, expect, it } from 'vitest';
import { noArmrestsOption, type RosaInput } from '@shared/domain/ergonomics/rosa-items';
import { reachesActionLevel, RosaInputError, scoreRosa, tryScoreRosa, type RosaScore } from '@shared/domain/ergonomics/rosa';
import fc from 'fast-check';
import { anyRosaInput, rosaInput, worseOfBoth, type RosaChanges } from './rosa-inputs';

// The intermediates in ROSA.md's column order: seat, arm/back, A, chair, monitor, phone, B, mouse, keyboard, C, D, final.
type Row = [number, number, number, number, number, number, number, number, number, number, number, number];

function expected([seat, armBack, tableA, chair, monitor, telephone, monitorTelephone, mouse, keyboard, mouseKeyboard, peripherals, final]: Row): RosaScore {
  return { seat, armBack, tableA, chair, monitor, telephone, monitorTelephone, mouse, keyboard, mouseKeyboard, peripherals, final, actionLevel: final >= 5 };
}

// Every worked example of ROSA.md section 12, with every intermediate it states.
const workedExamples: [string, RosaChanges, Row][] = [
  [
    '§12a S1 INSST NTP 1173: final 6',
    {
      chair: { seatHeight: { base: 'tooHigh', notAdjustable: true }, armrests: { base: 'tooHighOrLow', notAdjustable: true }, backSupport: { base: 'noLumbar', notAdjustable: true }, duration: 1 },
      monitor: { noDocumentHolder: true, duration: 1 },
      mouse: { base: 'reaching', palmRest: true, duration: 1 },
    },
    [4, 6, 5, 6, 3, 1, 2, 4, 1, 4, 4, 6],
  ],
  [
    // The source says "depth 2"; too long and too short both score 2.
    '§12a S2 Sonne / Cornell manual example 1: final 6',
    {
      chair: { seatHeight: { base: 'tooLow' }, seatDepth: { base: 'tooLong', notAdjustable: true }, armrests: { base: 'tooHighOrLow', notAdjustable: true }, backSupport: { base: 'noLumbar', notAdjustable: true }, duration: 1 },
      monitor: { noDocumentHolder: true, duration: 1 },
      telephone: { base: 'tooFar', duration: -1 },
      mouse: { base: 'reaching', duration: 1 },
      keyboard: { base: 'wristsExtended', platformNotAdjustable: true, duration: 1 },
    },
    [5, 6, 5, 6, 3, 1, 2, 3, 4, 5, 5, 6],
  ],
  [
    '§12b #1 well-set-up full-time desk: final 3',
    { chair: { duration: 1 }, monitor: { duration: 1 }, mouse: { duration: 1 }, keyboard: { duration: 1 } },
    [2, 2, 2, 3, 2, 1, 2, 2, 2, 2, 2, 3],
  ],
  [
    '§12b #2 fixed chair too high, feet dangling: final 6',
    {
      chair: { seatHeight: { base: 'noFootContact', notAdjustable: true }, seatDepth: { base: 'tooLong' }, armrests: { base: 'tooHighOrLow', hardOrDamaged: true }, backSupport: { base: 'noLumbar' }, duration: 1 },
      monitor: { duration: 1 },
      mouse: { duration: 1 },
      keyboard: { duration: 1 },
    },
    [6, 5, 5, 6, 2, 1, 2, 2, 2, 2, 2, 6],
  ],
  [
    '§12b #3 reception, phone cradled, low monitor with glare: final 6',
    {
      chair: { backSupport: { base: 'badAngle' }, duration: 1 },
      monitor: { base: 'tooLow', glare: true, duration: 1 },
      telephone: { neckShoulderHold: true, noHandsFree: true, duration: 1 },
      mouse: { duration: 1 },
      keyboard: { duration: 1 },
    },
    [2, 3, 2, 3, 4, 5, 6, 2, 2, 2, 6, 6],
  ],
  [
    '§12b #4 part-time data entry, mouse reach: final 5 reaches the action level',
    {
      chair: { seatHeight: { base: 'tooLow' }, armrests: { base: 'tooHighOrLow', tooWide: true, notAdjustable: true } },
      monitor: { noDocumentHolder: true },
      telephone: { duration: -1 },
      mouse: { base: 'reaching', differentSurface: true },
      keyboard: { base: 'wristsExtended', wristDeviation: true },
    },
    [3, 5, 4, 4, 2, 0, 1, 4, 3, 5, 5, 5],
  ],
  [
    // "Height 2": too low and too high both score 2.
    '§12b #5 hot-desk under 1 h a day, old fixed chair: final 6',
    {
      chair: {
        seatHeight: { base: 'tooLow', notAdjustable: true },
        seatDepth: { base: 'tooLong', notAdjustable: true },
        armrests: { base: 'tooHighOrLow', hardOrDamaged: true, notAdjustable: true },
        backSupport: { base: 'noLumbar', notAdjustable: true },
        duration: -1,
      },
      monitor: { base: 'tooHigh', neckTwist: true, duration: -1 },
      telephone: { base: 'tooFar', duration: -1 },
      mouse: { base: 'reaching', duration: -1 },
      keyboard: { base: 'wristsExtended', platformNotAdjustable: true, duration: -1 },
    },
    [6, 7, 7, 6, 3, 1, 2, 1, 2, 2, 2, 6],
  ],
  [
    '§12b #6 / §3 orientation of Table A: A(7,5) = 7, final 7 (transposed would give 6)',
    {
      chair: { seatHeight: { base: 'noFootContact', insufficientLegSpace: true, notAdjustable: true }, seatDepth: { base: 'tooLong' }, armrests: { base: 'tooHighOrLow', notAdjustable: true }, backSupport: { base: 'noLumbar' } },
    },
    [7, 5, 7, 7, 1, 1, 1, 1, 1, 1, 1, 7],
  ],
  [
    '§12b #7 / §5 orientation of Table B: B(phone 4, monitor 2) = 4, final 4 (transposed would give 3)',
    { monitor: { base: 'tooLow' }, telephone: { neckShoulderHold: true, noHandsFree: true }, mouse: { pinchGrip: true } },
    [2, 2, 2, 2, 2, 4, 4, 2, 1, 2, 4, 4],
  ],
  [
    '§12b #8 worst case, monitor 8 capped to 7: final 10',
    {
      chair: {
        seatHeight: { base: 'noFootContact', insufficientLegSpace: true, notAdjustable: true },
        seatDepth: { base: 'tooShort', notAdjustable: true },
        armrests: { base: 'tooHighOrLow', hardOrDamaged: true, tooWide: true, notAdjustable: true },
        backSupport: { base: 'none', workSurfaceTooHigh: true, notAdjustable: true },
        duration: 1,
      },
      monitor: { base: 'tooHigh', tooFar: true, neckTwist: true, glare: true, noDocumentHolder: true, duration: 1 },
      telephone: { base: 'tooFar', neckShoulderHold: true, noHandsFree: true, duration: 1 },
      mouse: { base: 'reaching', differentSurface: true, pinchGrip: true, palmRest: true, duration: 1 },
      keyboard: { base: 'wristsExtended', wristDeviation: true, tooHigh: true, overheadReach: true, platformNotAdjustable: true, duration: 1 },
    },
    [8, 9, 9, 10, 7, 6, 9, 7, 7, 9, 9, 10],
  ],
  [
    '§9 rule 3 edge: every item ideal, every duration -1: values reach 0, final 1',
    { chair: { duration: -1 }, monitor: { duration: -1 }, telephone: { duration: -1 }, mouse: { duration: -1 }, keyboard: { duration: -1 } },
    [2, 2, 2, 1, 0, 0, 1, 0, 0, 1, 1, 1],
  ],
];

function example(prefix: string): RosaChanges {
  const found = workedExamples.find(([name]) => name.startsWith(prefix));
  if (!found) throw new Error(`no worked example ${prefix}`);
  return found[1];
}

describe('ROSA worked examples (ROSA.md §12), every intermediate', () => {
  it.each(workedExamples)('%s', (_name, changes, row) => {
    expect(scoreRosa(rosaInput(changes))).toEqual(expected(row));
  });
});

// One reading per row: a change to the ideal workstation and the part of the score it settles.
const settledReadings: [string, RosaChanges, Partial<RosaScore>][] = [
  ['§10.1 Table A (2,2) is 2: a perfect chair used under 1 h a day scores chair 1, inside Table E', { chair: { duration: -1 } }, { tableA: 2, chair: 1, final: 1 }],
  ['§10.2 seat height "no foot contact" is 3', { chair: { seatHeight: { base: 'noFootContact' } } }, { seat: 4 }],
  ['§10.2 back support "none" is 2, not 3', { chair: { backSupport: { base: 'none' } } }, { armBack: 3 }],
  ['§10.2 phone held at neck and shoulder adds 2', { telephone: { neckShoulderHold: true } }, { telephone: 3 }],
  ['§10.2 mouse and keyboard on different surfaces adds 2', { mouse: { differentSurface: true } }, { mouse: 3 }],
  ['§10.2 phone "too far" is a base of 2 replacing the 1, not 1 + 2', { telephone: { base: 'tooFar' } }, { telephone: 2 }],
  ['§10.2 mouse "reaching" is a base of 2 replacing the 1, not 1 + 2', { mouse: { base: 'reaching' } }, { mouse: 2 }],
  ['§10.2 monitor "too high" is 3', { monitor: { base: 'tooHigh' } }, { monitor: 3 }],
  ['§A3 / §13 "no armrests" is entered as arms unsupported, 2', { chair: { armrests: { base: noArmrestsOption } } }, { armBack: 3 }],
  ['§1 / §9 rule 2 chair duration -1 is added after Table A: A(7,5) 7 -> chair 6', { chair: { ...worseSeat(), duration: -1 } }, { tableA: 7, chair: 6 }],
  ['§1 / §9 rule 2 chair duration +1 is added after Table A: A(7,5) 7 -> chair 8', { chair: { ...worseSeat(), duration: 1 } }, { tableA: 7, chair: 8 }],
  [
    '§1 / §9 rule 3 durations go onto each item before Table B: B(5,4) = 6, not B(4,3) + 1 = 5 (§10.3 deviation)',
    { monitor: { base: 'tooLow', glare: true, duration: 1 }, telephone: { neckShoulderHold: true, noHandsFree: true, duration: 1 } },
    { monitor: 4, telephone: 5, monitorTelephone: 6 },
  ],
  [
    '§1 / §9 rule 3 durations go onto each item before Table C: C(3,4) = 5, not C(2,3) + 1 = 4 (§10.3 deviation)',
    { mouse: { base: 'reaching', duration: 1 }, keyboard: { base: 'wristsExtended', platformNotAdjustable: true, duration: 1 } },
    { mouse: 3, keyboard: 4, mouseKeyboard: 5 },
  ],
  ['§2 each item has its own duration (not one global duration, §10.3): the mouse\'s leaves the keyboard alone', { mouse: { duration: 1 } }, { mouse: 2, keyboard: 1 }],
  ['§2 the telephone has its own duration too', { telephone: { duration: -1 } }, { telephone: 0, monitor: 1 }],
  ['§B1 / §9 rule 3 monitor 7 + duration 0 stays 7', { monitor: { base: 'tooHigh', tooFar: true, neckTwist: true, glare: true, noDocumentHolder: true } }, { monitor: 7 }],
  ['§B1 / §9 rule 3 monitor 7 + duration +1 = 8 is capped at 7', { monitor: { base: 'tooHigh', tooFar: true, neckTwist: true, glare: true, noDocumentHolder: true, duration: 1 } }, { monitor: 7 }],
  ['§B1 the cap applies after the duration: monitor 7 - 1 = 6', { monitor: { base: 'tooHigh', tooFar: true, neckTwist: true, glare: true, noDocumentHolder: true, duration: -1 } }, { monitor: 6 }],
  ['§13 a modifier given as false counts like an absent one', { monitor: { glare: false, tooFar: false }, chair: { seatHeight: { notAdjustable: false } } }, { monitor: 1, seat: 2, final: 2 }],
  ['§8 Table D is max(B, C): B 6 with C 2 gives 6', { monitor: { base: 'tooLow', glare: true, duration: 1 }, telephone: { neckShoulderHold: true, noHandsFree: true, duration: 1 }, mouse: { pinchGrip: true } }, { monitorTelephone: 6, mouseKeyboard: 2, peripherals: 6 }],
  ['§9 Table E is max(chair, D): chair 7 with D 1 gives 7', { chair: worseSeat() }, { chair: 7, peripherals: 1, final: 7 }],
];

/** The chair of worked example 6: seat 7, arm/back 5, A(7,5) = 7. */
function worseSeat(): RosaChanges['chair'] {
  return { seatHeight: { base: 'noFootContact', insufficientLegSpace: true, notAdjustable: true }, seatDepth: { base: 'tooLong' }, armrests: { base: 'tooHighOrLow', notAdjustable: true }, backSupport: { base: 'noLumbar' } };
}

describe('readings ROSA.md settles', () => {
  it.each(settledReadings)('%s', (_name, changes, part) => {
    expect(scoreRosa(rosaInput(changes))).toMatchObject(part);
  });
});

describe('the action level (ROSA.md §9 "Action level", DECISIONS #13: below 5, or 5 and above)', () => {
  it.each([[1, false], [3, false], [4, false], [5, true], [6, true], [10, true]] as const)('final %i -> further assessment required: %s', (final, reached) => {
    expect(reachesActionLevel(final)).toBe(reached);
  });

  it('§9 a final of exactly 5 reaches it: the paper\'s ">= 5", not the manual\'s "greater than 5" (§12b #4)', () => {
    const score = scoreRosa(rosaInput(example('§12b #4')));
    expect(score).toMatchObject({ final: 5, actionLevel: true });
  });

  it('§9 a final of 4 stays below it (§12b #7)', () => {
    const score = scoreRosa(rosaInput(example('§12b #7')));
    expect(score).toMatchObject({ final: 4, actionLevel: false });
  });

  it('a seat height that cannot be adjusted takes the same workstation from 4 to 5, across the action level', () => {
    const chair = { seatHeight: { base: 'noFootContact' }, seatDepth: { base: 'tooLong' }, armrests: { base: 'tooHighOrLow' }, backSupport: { base: 'noLumbar' } } as const;
    expect(scoreRosa(rosaInput({ chair }))).toMatchObject({ seat: 5, armBack: 4, tableA: 4, final: 4, actionLevel: false });
    const fixed = rosaInput({ chair: { ...chair, seatHeight: { base: 'noFootContact', notAdjustable: true } } });
    expect(scoreRosa(fixed)).toMatchObject({ seat: 6, armBack: 4, tableA: 5, final: 5, actionLevel: true });
  });
});

describe('the contract (ROSA.md §13)', () => {
  it('takes the section 13 shape and returns exactly its fields', () => {
    const input: RosaInput = {
      chair: {
        seatHeight: { base: 'ok', insufficientLegSpace: false, notAdjustable: false },
        seatDepth: { base: 'ok', notAdjustable: false },
        armrests: { base: 'ok', hardOrDamaged: false, tooWide: false, notAdjustable: false },
        backSupport: { base: 'ok', workSurfaceTooHigh: false, notAdjustable: false },
        duration: 1,
      },
      monitor: { base: 'ok', tooFar: false, neckTwist: false, glare: false, noDocumentHolder: false, duration: 1 },
      telephone: { base: 'ok', neckShoulderHold: false, noHandsFree: false, duration: 0 },
      mouse: { base: 'ok', differentSurface: false, pinchGrip: false, palmRest: false, duration: 1 },
      keyboard: { base: 'ok', wristDeviation: false, tooHigh: false, overheadReach: false, platformNotAdjustable: false, duration: 1 },
    };
    expect(Object.keys(scoreRosa(input)).sort()).toEqual(
      ['seat', 'armBack', 'tableA', 'chair', 'monitor', 'telephone', 'monitorTelephone', 'mouse', 'keyboard', 'mouseKeyboard', 'peripherals', 'final', 'actionLevel'].sort(),
    );
  });

  it('rejects what its type forbids with an error naming the field, never a score', () => {
    // @ts-expect-error a modifier of another item: the type forbids it, the scorer refuses it too
    const wrong: RosaInput = { ...rosaInput(), mouse: { base: 'ok', duration: 0, wirelessMouse: true } };
    expect(() => scoreRosa(wrong)).toThrow(RosaInputError);
    expect(() => scoreRosa(wrong)).toThrow(/mouse\.wirelessMouse/);
  });

  it('tryScoreRosa scores a valid value and returns the problems of an invalid one without throwing', () => {
    expect(tryScoreRosa(rosaInput())).toEqual({ ok: true, score: scoreRosa(rosaInput()) });
    const result = tryScoreRosa({ ...rosaInput(), monitor: { base: 'sideways', duration: 0 } });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.problems.map((p) => p.field)).toEqual(['monitor.base']);
  });
});

describe('fixing something never raises the score', () => {
  it('a workstation at least as bad as two others in every answer scores at least as high as either, at every step', () => {
    const steps = ['seat', 'armBack', 'tableA', 'chair', 'monitor', 'telephone', 'monitorTelephone', 'mouse', 'keyboard', 'mouseKeyboard', 'peripherals', 'final'] as const;
    fc.assert(
      fc.property(anyRosaInput, anyRosaInput, (a, b) => {
        const worse = scoreRosa(worseOfBoth(a, b));
        for (const one of [scoreRosa(a), scoreRosa(b)]) for (const step of steps) expect(worse[step]).toBeGreaterThanOrEqual(one[step]);
      }),
      { numRuns: 300 },
    );
  });
});
