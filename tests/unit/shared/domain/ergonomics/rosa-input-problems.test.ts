import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rosaInputProblems } from '@shared/domain/ergonomics/rosa-input-problems';
import { RosaInputError, scoreRosa, tryScoreRosa } from '@shared/domain/ergonomics/rosa';
import type { RosaInput } from '@shared/domain/ergonomics/rosa-items';
import { anyRosaInput, rosaInput } from './rosa-inputs';

const removed = Symbol('removed');

/** The ideal workstation as plain data, with each `[path, value]` set (or `removed`) on a copy. */
function edited(...edits: [path: string, value: unknown][]): unknown {
  const input = structuredClone(rosaInput()) as unknown as Record<string, unknown>;
  for (const [path, value] of edits) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, input);
    if (value === removed) delete parent[last];
    else parent[last] = value;
  }
  return input;
}

// ROSA.md §13: what is not the contract's shape, and the field each problem is named by.
const badInputs: [string, unknown, string[]][] = [
  ['nothing at all', undefined, ['']],
  ['a list instead of answers', [], ['']],
  ['a section missing', edited(['telephone', removed]), ['telephone']],
  ['a section that is not on the sheet', edited(['lighting', { base: 'ok' }]), ['lighting']],
  ['a chair item missing', edited(['chair.seatDepth', removed]), ['chair.seatDepth']],
  ['an item that is not on the chair', edited(['chair.footrest', { base: 'ok' }]), ['chair.footrest']],
  ['a chair item given as text', edited(['chair.armrests', 'ok']), ['chair.armrests']],
  ['no base option', edited(['monitor.base', removed]), ['monitor.base']],
  ['a base option ROSA does not offer', edited(['monitor.base', 'sideways']), ['monitor.base']],
  ["another item's base option", edited(['chair.seatDepth.base', 'tooHigh']), ['chair.seatDepth.base']],
  ['a base option inherited from Object', edited(['mouse.base', 'toString']), ['mouse.base']],
  ['a modifier ROSA does not ask', edited(['mouse.wirelessMouse', true]), ['mouse.wirelessMouse']],
  ["another item's modifier", edited(['monitor.pinchGrip', true]), ['monitor.pinchGrip']],
  ["another chair item's modifier", edited(['chair.seatDepth.tooWide', true]), ['chair.seatDepth.tooWide']],
  ['a modifier given as text', edited(['keyboard.tooHigh', 'yes']), ['keyboard.tooHigh']],
  ['a modifier given as 1', edited(['telephone.noHandsFree', 1]), ['telephone.noHandsFree']],
  ['a chair without its duration', edited(['chair.duration', removed]), ['chair.duration']],
  ['a chair item with a duration of its own (the chair has one)', edited(['chair.backSupport.duration', 1]), ['chair.backSupport.duration']],
  ['an item without its duration', edited(['keyboard.duration', removed]), ['keyboard.duration']],
  ['a duration of 2 (never clamped)', edited(['mouse.duration', 2]), ['mouse.duration']],
  ['a duration of -2 (never clamped)', edited(['chair.duration', -2]), ['chair.duration']],
  ['a duration in hours', edited(['monitor.duration', 0.5]), ['monitor.duration']],
  ['a duration as text', edited(['telephone.duration', '1']), ['telephone.duration']],
  [
    'several problems at once, each named',
    edited(['monitor.base', 'sideways'], ['chair.duration', 3], ['mouse', removed]),
    ['chair.duration', 'monitor.base', 'mouse'],
  ],
];

describe('bad input is named by its field (ROSA.md §13)', () => {
  it.each(badInputs)('%s', (_name, value, fields) => {
    const problems = rosaInputProblems(value);
    expect(problems.map((p) => p.field).sort()).toEqual(fields);
    for (const problem of problems) expect(problem.message).toMatch(/^[A-Z].*\.$/);
    // scoreRosa refuses it too, naming the same fields, rather than scoring it.
    const refusal = (() => {
      try {
        scoreRosa(value as RosaInput);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(RosaInputError);
    expect((refusal as RosaInputError).problems).toEqual(problems);
    for (const field of fields.filter(Boolean)) expect((refusal as Error).message).toContain(field);
  });

  it('a modifier given as false, or as a key holding undefined, counts as not ticked', () => {
    const input = edited(['monitor.glare', false], ['monitor.tooFar', undefined]);
    expect(rosaInputProblems(input)).toEqual([]);
    expect(scoreRosa(input as RosaInput).monitor).toBe(1);
  });

  it('every answer the sheet allows is accepted and scored, with each value in its range (§1)', () => {
    fc.assert(
      fc.property(anyRosaInput, (input) => {
        expect(rosaInputProblems(input)).toEqual([]);
        const result = tryScoreRosa(input);
        if (!result.ok) throw new Error('refused a valid input');
        const s = result.score;
        const within = (value: number, min: number, max: number) => value >= min && value <= max && Number.isInteger(value);
        expect(
          within(s.seat, 2, 8) && within(s.armBack, 2, 9) && within(s.tableA, 2, 9) && within(s.chair, 1, 10) &&
            within(s.monitor, 0, 7) && within(s.telephone, 0, 6) && within(s.mouse, 0, 7) && within(s.keyboard, 0, 7) &&
            within(s.monitorTelephone, 1, 9) && within(s.mouseKeyboard, 1, 9) && within(s.peripherals, 1, 9) && within(s.final, 1, 10),
          JSON.stringify(s),
        ).toBe(true);
        expect(s.actionLevel).toBe(s.final >= 5);
      }),
      { numRuns: 500 },
    );
  });
});
