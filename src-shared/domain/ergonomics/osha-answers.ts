import { isRecord, ownField, type SchemaViolation } from '../../schema/validate';
import { oshaChecklist, oshaChecklistSource, oshaItems, type OshaAnswer, type OshaItem } from './osha-checklist';

/**
 * Answers to the OSHA checklist (version 1, osha-checklist.ts) and what makes them unacceptable, in
 * plain words, for any value at all (a form's state, a stored document, a request body). Per item:
 * yes, no or not applicable (allowed on every item: "if provided" items need it, and so does the
 * bifocals item for a user without bifocals); a "no" says a problem may exist, so it needs a note
 * saying what the assessor saw. The checklist stays unscored: OSHA publishes no score.
 *
 *   answer          note
 *   yes             optional
 *   no              required (not blank)
 *   notApplicable   optional
 */

/** One item's answer. */
export type OshaItemAnswer = { answer: OshaAnswer; note?: string };

/** A checklist's answers: the version they answer (one version per form), by item id (`seating.3`). */
export type OshaAnswers = { version: typeof oshaChecklistSource.version; items: Record<string, OshaItemAnswer> };

/** One thing wrong with the answers: the dotted path to it (`items.seating.3.note`; empty for the whole) and a sentence. */
export type OshaAnswerProblem = SchemaViolation;

/** The longest note kept with an answer, in characters. */
export const oshaNoteMaxLength = 2000;

const answers: readonly OshaAnswer[] = ['yes', 'no', 'notApplicable'];
const itemsById = new Map(oshaItems.map((item) => [item.id, item]));
const titles = new Map(oshaChecklist.map((section) => [section.key, section.title]));


/** "Seating 3", as the form and the report number the item. */
export function oshaItemName(item: OshaItem): string {
  return `${titles.get(item.section) ?? item.section} ${item.number}`;
}

/**
 * Every problem of `value` as checklist answers; an empty list means they can be kept as they are.
 * `complete: false` (a draft being filled in) leaves out the items not answered yet.
 */
export function oshaAnswerProblems(value: unknown, { complete = true }: { complete?: boolean } = {}): OshaAnswerProblem[] {
  if (!isRecord(value)) return [{ field: '', message: 'There are no checklist answers.' }];
  const problems: OshaAnswerProblem[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'version' && key !== 'items') problems.push({ field: key, message: 'This is not part of the checklist answers.' });
  }
  if (ownField(value, 'version') !== oshaChecklistSource.version) {
    problems.push({ field: 'version', message: `These answers are not for version ${oshaChecklistSource.version} of the OSHA checklist, the one this form asks.` });
  }
  const items = ownField(value, 'items');
  if (!isRecord(items)) return [...problems, { field: 'items', message: 'No item of the checklist is answered.' }];
  for (const [id, answer] of Object.entries(items)) {
    const item = itemsById.get(id);
    if (!item) problems.push({ field: `items.${id}`, message: 'This is not an item of the OSHA checklist.' });
    else problems.push(...itemProblems(item, answer));
  }
  if (complete) {
    for (const item of oshaItems) {
      if (ownField(items, item.id) === undefined) problems.push({ field: `items.${item.id}`, message: `${oshaItemName(item)}: not answered yet.` });
    }
  }
  return problems;
}

function itemProblems(item: OshaItem, value: unknown): OshaAnswerProblem[] {
  const field = `items.${item.id}`;
  const name = oshaItemName(item);
  if (value === undefined) return [];
  if (!isRecord(value)) return [{ field, message: `${name}: the answer is not in a form the checklist can read.` }];
  const problems: OshaAnswerProblem[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'answer' && key !== 'note') problems.push({ field: `${field}.${key}`, message: `${name}: the checklist does not ask this.` });
  }
  const answer = ownField(value, 'answer');
  if (!answers.includes(answer as OshaAnswer)) problems.push({ field: `${field}.answer`, message: `${name}: answer yes, no or not applicable.` });
  const note = ownField(value, 'note');
  if (note !== undefined && typeof note !== 'string') problems.push({ field: `${field}.note`, message: `${name}: the note must be text.` });
  else if (typeof note === 'string' && note.length > oshaNoteMaxLength) {
    problems.push({ field: `${field}.note`, message: `${name}: the note is longer than ${oshaNoteMaxLength} characters.` });
  } else if (answer === 'no' && (note ?? '').trim() === '') {
    problems.push({ field: `${field}.note`, message: `${name}: a "no" needs a note saying what the problem is.` });
  }
  return problems;
}
