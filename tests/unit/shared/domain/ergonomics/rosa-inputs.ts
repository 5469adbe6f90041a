import fc from 'fast-check';
import {
  chairItemKeys,
  peripheralItemKeys,
  rosaItems,
  type RosaDuration,
  type RosaInput,
  type RosaItemDefinition,
  type RosaItemKey,
} from '@shared/domain/ergonomics/rosa-items';

/** Changes to an all-ideal workstation with every duration 0: each item given is merged over `base: 'ok'`. */
export type RosaChanges = {
  chair?: { [K in (typeof chairItemKeys)[number]]?: Partial<RosaInput['chair'][K]> } & { duration?: RosaDuration };
} & { [K in (typeof peripheralItemKeys)[number]]?: Partial<RosaInput[K]> };

/** A ROSA input: an ideal workstation, durations 0, with `changes` applied. */
export function rosaInput(changes: RosaChanges = {}): RosaInput {
  const chair = changes.chair ?? {};
  return {
    chair: {
      seatHeight: { base: 'ok', ...chair.seatHeight },
      seatDepth: { base: 'ok', ...chair.seatDepth },
      armrests: { base: 'ok', ...chair.armrests },
      backSupport: { base: 'ok', ...chair.backSupport },
      duration: chair.duration ?? 0,
    },
    monitor: { base: 'ok', duration: 0, ...changes.monitor },
    telephone: { base: 'ok', duration: 0, ...changes.telephone },
    mouse: { base: 'ok', duration: 0, ...changes.mouse },
    keyboard: { base: 'ok', duration: 0, ...changes.keyboard },
  };
}

const duration = fc.constantFrom<RosaDuration>(-1, 0, 1);

/** Any answer to one item: a base option, each modifier true, false or absent. */
function itemAnswer(key: RosaItemKey): fc.Arbitrary<Record<string, unknown>> {
  const item: RosaItemDefinition = rosaItems[key];
  const model: Record<string, fc.Arbitrary<unknown>> = { base: fc.constantFrom(...Object.keys(item.options)) };
  for (const name of Object.keys(item.modifiers)) model[name] = fc.boolean();
  return fc.record(model, { requiredKeys: ['base'] });
}

/** Any valid ROSA input (every option, every modifier combination, every duration). */
export const anyRosaInput: fc.Arbitrary<RosaInput> = fc
  .record({
    chair: fc.record({
      seatHeight: itemAnswer('seatHeight'),
      seatDepth: itemAnswer('seatDepth'),
      armrests: itemAnswer('armrests'),
      backSupport: itemAnswer('backSupport'),
      duration,
    }),
    monitor: fc.tuple(itemAnswer('monitor'), duration).map(([answer, d]) => ({ ...answer, duration: d })),
    telephone: fc.tuple(itemAnswer('telephone'), duration).map(([answer, d]) => ({ ...answer, duration: d })),
    mouse: fc.tuple(itemAnswer('mouse'), duration).map(([answer, d]) => ({ ...answer, duration: d })),
    keyboard: fc.tuple(itemAnswer('keyboard'), duration).map(([answer, d]) => ({ ...answer, duration: d })),
  })
  .map((input) => input as unknown as RosaInput);

type Answer = Record<string, unknown> & { base: string; duration?: number };

/** The worse of two answers to one item: the higher-scoring base, every modifier ticked in either, the longer duration. */
function worseAnswer(key: RosaItemKey, a: Answer, b: Answer): Answer {
  const item: RosaItemDefinition = rosaItems[key];
  const score = (answer: Answer) => item.options[answer.base]?.score ?? 0;
  const out: Answer = { base: score(b) > score(a) ? b.base : a.base };
  for (const name of Object.keys(item.modifiers)) if (a[name] === true || b[name] === true) out[name] = true;
  if (a.duration !== undefined && b.duration !== undefined) out.duration = Math.max(a.duration, b.duration);
  return out;
}

/** A workstation at least as bad as both `a` and `b` in every item and every duration. */
export function worseOfBoth(a: RosaInput, b: RosaInput): RosaInput {
  const pick = (key: RosaItemKey, x: unknown, y: unknown) => worseAnswer(key, x as Answer, y as Answer);
  return {
    chair: {
      seatHeight: pick('seatHeight', a.chair.seatHeight, b.chair.seatHeight),
      seatDepth: pick('seatDepth', a.chair.seatDepth, b.chair.seatDepth),
      armrests: pick('armrests', a.chair.armrests, b.chair.armrests),
      backSupport: pick('backSupport', a.chair.backSupport, b.chair.backSupport),
      duration: Math.max(a.chair.duration, b.chair.duration) as RosaDuration,
    },
    monitor: pick('monitor', a.monitor, b.monitor),
    telephone: pick('telephone', a.telephone, b.telephone),
    mouse: pick('mouse', a.mouse, b.mouse),
    keyboard: pick('keyboard', a.keyboard, b.keyboard),
  } as RosaInput;
}

/** Every answer to item `key`: each base option with each set of ticked modifiers. */
export function everyAnswer(key: RosaItemKey): Record<string, unknown>[] {
  const item: RosaItemDefinition = rosaItems[key];
  const subsets = Object.keys(item.modifiers).reduce<string[][]>((sets, name) => [...sets, ...sets.map((set) => [...set, name])], [[]]);
  return Object.keys(item.options).flatMap((base) => subsets.map((ticked) => Object.fromEntries([['base', base], ...ticked.map((name) => [name, true])])));
}

/** What an answer is worth, added up from the item's definition here, apart from the scorer's own sum. */
function worth(key: RosaItemKey, answer: Record<string, unknown>): number {
  const item: RosaItemDefinition = rosaItems[key];
  const base = item.options[String(answer.base)]?.score ?? Number.NaN;
  return Object.entries(item.modifiers).reduce((sum, [name, modifier]) => (answer[name] === true ? sum + modifier.points : sum), base);
}

/** An answer to item `key` worth exactly `value` before any duration (the first found, fewest modifiers first). */
export function answerWorth(key: RosaItemKey, value: number): Record<string, unknown> & { base: string } {
  const found = everyAnswer(key)
    .sort((a, b) => Object.keys(a).length - Object.keys(b).length)
    .find((answer) => worth(key, answer) === value);
  if (!found) throw new Error(`no ${key} answer is worth ${value}`);
  return found as Record<string, unknown> & { base: string };
}

/** A chair whose seat (A1 + A2) and arm/back (A3 + A4) values are the ones asked for. */
export function chairWorth(seat: number, armBack: number): NonNullable<RosaChanges['chair']> {
  const height = Math.min(seat - 1, 5);
  const rest = Math.min(armBack - 1, 5);
  return {
    seatHeight: answerWorth('seatHeight', height),
    seatDepth: answerWorth('seatDepth', seat - height),
    armrests: answerWorth('armrests', rest),
    backSupport: answerWorth('backSupport', armBack - rest),
  } as NonNullable<RosaChanges['chair']>;
}

/** A peripheral answer whose value with its duration is `value`: the duration is -1 for 0, +1 above the item's maximum, else 0. */
export function peripheralWorth(key: (typeof peripheralItemKeys)[number], value: number): Record<string, unknown> {
  const duration: RosaDuration = value === 0 ? -1 : answerExists(key, value) ? 0 : 1;
  return { ...answerWorth(key, value - duration), duration };
}

function answerExists(key: RosaItemKey, value: number): boolean {
  return everyAnswer(key).some((answer) => worth(key, answer) === value);
}
