/**
 * Checklist templates before reference schema version 1 were a flat list of items, each answered
 * "check", yes-no, text or number. They become the same steps one after another, every answer
 * leading on, ending in a resolved exit. One function for the devices' RxDB migration and the
 * server's migration 11, so both hold the same document and nothing needs pulling again.
 */

type LegacyItem = { id: string; text: string; answer: 'check' | 'yes-no' | 'text' | 'number'; required: boolean };
type LegacyChecklist = { description: string; categories: string[]; items: LegacyItem[] };

/** The code a converted template suggests: the shipped "other" code (resources/reference/resolution-codes.json). */
export const legacyChecklistCode = 'other';

const isLegacy = (checklist: unknown): checklist is LegacyChecklist =>
  typeof checklist === 'object' && checklist !== null && Array.isArray((checklist as { items?: unknown }).items);

/** `doc` with a flat checklist turned into steps; any other document as it is. */
export function checklistFromItems<T extends Record<string, unknown>>(doc: T): T {
  const old = doc.checklist;
  if (doc.kind !== 'checklist-template' || !isLegacy(old)) return doc;
  const ids = new Set(old.items.map((item) => item.id));
  let end = 'finished';
  for (let n = 1; ids.has(end); n++) end = `finished-${n}`;
  const steps = old.items.map((item, i) => ({
    id: item.id,
    instruction: item.text,
    question: item.answer === 'check' ? 'Done?' : item.text,
    answer: item.answer === 'check' ? 'done' : item.answer,
    ...((item.answer === 'text' || item.answer === 'number') && !item.required ? { optional: true } : {}),
    next: old.items[i + 1]?.id ?? end,
  }));
  const name = typeof doc.name === 'string' ? doc.name : 'the checklist';
  const exits = [{ id: end, outcome: 'resolved', resolutionCode: legacyChecklistCode, summary: `Worked through “${name}”.` }];
  return { ...doc, checklist: { description: old.description, categories: old.categories, start: old.items[0]?.id ?? end, steps, exits } };
}
