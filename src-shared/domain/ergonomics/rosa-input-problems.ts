import { isRecord, ownField, type SchemaViolation } from '../../schema/validate';
import { chairItemKeys, peripheralItemKeys, rosaItems, type RosaItemDefinition, type RosaItemKey } from './rosa-items';

/**
 * What makes a ROSA input impossible, in plain words, for any value at all (a form's state, a
 * document read from storage, a request body). It never throws: the form shows the sentences, a
 * boundary refuses with them. The rules are ROSA.md section 13's: `base` and `duration` on every
 * item (the chair's four items share one duration), a duration exactly -1, 0 or 1 (never clamped),
 * a modifier `true`, `false` or absent (a key holding `undefined` counts as absent, as the type
 * allows), and nothing else: an unknown key, an unknown option or a modifier of another item is
 * named by its path (`monitor.base`, `mouse.wirelessMouse`).
 */

/** One thing wrong with an input: the dotted path to it (empty for the whole input) and a sentence. */
export type RosaInputProblem = SchemaViolation;

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const durationWords = 'under 1 hour a day, 1 to 4 hours a day, or over 4 hours a day';

/** Every problem of `value` as a ROSA input; an empty list means `scoreRosa` can score it. */
export function rosaInputProblems(value: unknown): RosaInputProblem[] {
  if (!isRecord(value)) return [{ field: '', message: 'There are no ROSA answers to score.' }];
  const problems: RosaInputProblem[] = [];
  const sections = ['chair', ...peripheralItemKeys] as const;
  for (const key of Object.keys(value)) {
    if (!(sections as readonly string[]).includes(key)) problems.push({ field: key, message: 'This is not a part of the ROSA score sheet.' });
  }
  problems.push(...chairProblems(ownField(value, 'chair')));
  for (const key of peripheralItemKeys) problems.push(...itemProblems(key, ownField(value, key), key, true));
  return problems;
}

function chairProblems(chair: unknown): RosaInputProblem[] {
  if (chair === undefined) return [{ field: 'chair', message: 'Chair: no answers were given.' }];
  if (!isRecord(chair)) return [{ field: 'chair', message: 'Chair: the answers are not in a form ROSA can read.' }];
  const problems: RosaInputProblem[] = [];
  for (const key of Object.keys(chair)) {
    if (key !== 'duration' && !(chairItemKeys as readonly string[]).includes(key)) {
      problems.push({ field: join('chair', key), message: 'Chair: ROSA does not ask this about the chair.' });
    }
  }
  for (const key of chairItemKeys) problems.push(...itemProblems(key, ownField(chair, key), join('chair', key), false));
  problems.push(...durationProblems('Chair', ownField(chair, 'duration'), 'chair.duration'));
  return problems;
}

/** Problems of one item's answer at `path`; `withDuration` when the item carries its own duration. */
function itemProblems(key: RosaItemKey, answer: unknown, path: string, withDuration: boolean): RosaInputProblem[] {
  const item: RosaItemDefinition = rosaItems[key];
  if (answer === undefined) return [{ field: path, message: `${item.name}: no answer was given.` }];
  if (!isRecord(answer)) return [{ field: path, message: `${item.name}: the answer is not in a form ROSA can read.` }];
  const problems: RosaInputProblem[] = [];
  const base = ownField(answer, 'base');
  if (base === undefined) problems.push({ field: join(path, 'base'), message: `${item.name}: no option is chosen.` });
  else if (typeof base !== 'string' || !Object.hasOwn(item.options, base)) {
    problems.push({ field: join(path, 'base'), message: `${item.name}: the chosen option is not one ROSA offers for this item.` });
  }
  for (const [name, flag] of Object.entries(answer)) {
    if (name === 'base' || (withDuration && name === 'duration')) continue;
    const modifier = Object.hasOwn(item.modifiers, name) ? item.modifiers[name] : undefined;
    if (!modifier) problems.push({ field: join(path, name), message: `${item.name}: ROSA does not ask this about the ${item.name.toLowerCase()}.` });
    else if (flag !== true && flag !== false && flag !== undefined) {
      problems.push({ field: join(path, name), message: `${item.name}: "${modifier.label}" must be either ticked or not.` });
    }
  }
  if (withDuration) problems.push(...durationProblems(item.name, ownField(answer, 'duration'), join(path, 'duration')));
  return problems;
}

function durationProblems(name: string, duration: unknown, field: string): RosaInputProblem[] {
  if (duration === undefined) return [{ field, message: `${name}: how long it is used each day is not given.` }];
  if (duration !== -1 && duration !== 0 && duration !== 1) {
    return [{ field, message: `${name}: the time it is used must be one of ROSA's three: ${durationWords}.` }];
  }
  return [];
}
