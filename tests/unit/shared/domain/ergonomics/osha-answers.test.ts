import { describe, expect, it } from 'vitest';
import { oshaAnswerProblems, oshaItemName, oshaNoteMaxLength, type OshaAnswers, type OshaItemAnswer } from '@shared/domain/ergonomics/osha-answers';
import { oshaItems } from '@shared/domain/ergonomics/osha-checklist';

/** Every item answered yes, with `changes` by item id over it. */
function answered(changes: Record<string, unknown> = {}): OshaAnswers {
  const items: Record<string, OshaItemAnswer> = Object.fromEntries(oshaItems.map((item) => [item.id, { answer: 'yes' }]));
  return { version: 1, items: { ...items, ...(changes as Record<string, OshaItemAnswer>) } };
}

const fields = (value: unknown, options?: { complete?: boolean }) => oshaAnswerProblems(value, options).map((p) => p.field);

describe('OSHA checklist answers', () => {
  it('accepts every item answered yes', () => {
    expect(oshaAnswerProblems(answered())).toEqual([]);
  });

  it('accepts a "no" with a note saying what is wrong', () => {
    expect(oshaAnswerProblems(answered({ 'seating.3': { answer: 'no', note: 'Seat edge presses behind the knees.' } }))).toEqual([]);
  });

  it('refuses a "no" without a note, or with only spaces, naming the note and the item in words', () => {
    const problems = oshaAnswerProblems(answered({ 'seating.3': { answer: 'no' }, 'monitor.5': { answer: 'no', note: '  \n' } }));
    expect(problems).toEqual([
      { field: 'items.seating.3.note', message: 'Seating 3: a "no" needs a note saying what the problem is.' },
      { field: 'items.monitor.5.note', message: 'Monitor 5: a "no" needs a note saying what the problem is.' },
    ]);
  });

  it('accepts "not applicable" on an "if provided" item and on any other (no bifocals, no telephone), with or without a note', () => {
    const changes = {
      'accessories.1': { answer: 'notApplicable' },
      'monitor.2': { answer: 'notApplicable', note: 'No bifocals.' },
      'accessories.5': { answer: 'notApplicable' },
    };
    expect(oshaAnswerProblems(answered(changes))).toEqual([]);
  });

  it('accepts a note on a "yes"', () => {
    expect(oshaAnswerProblems(answered({ 'general.3': { answer: 'yes', note: 'Breaks every hour.' } }))).toEqual([]);
  });

  it.each([
    ['a score as the answer', { 'seating.1': { answer: 2 } }, ['items.seating.1.answer']],
    ['an answer in other words', { 'seating.1': { answer: 'Yes' } }, ['items.seating.1.answer']],
    ['an answer as true', { 'seating.1': { answer: true } }, ['items.seating.1.answer']],
    ['an item with no answer inside', { 'seating.1': {} }, ['items.seating.1.answer']],
    ['an answer given as text', { 'seating.1': 'yes' }, ['items.seating.1']],
    ['an item the checklist does not have', { 'seating.6': { answer: 'yes' } }, ['items.seating.6']],
    ['an item of version 2', { 'workStations.13': { answer: 'yes' } }, ['items.workStations.13']],
    ['something else kept with an answer', { 'seating.1': { answer: 'yes', score: 1 } }, ['items.seating.1.score']],
    ['a note that is not text', { 'seating.1': { answer: 'yes', note: 42 } }, ['items.seating.1.note']],
    ['a note too long to keep', { 'seating.1': { answer: 'no', note: 'x'.repeat(oshaNoteMaxLength + 1) } }, ['items.seating.1.note']],
  ])('refuses %s, naming the field', (_name, changes, expected) => {
    expect(fields(answered(changes))).toEqual(expected);
  });

  it('accepts a note of the longest length kept', () => {
    expect(oshaAnswerProblems(answered({ 'seating.1': { answer: 'no', note: 'x'.repeat(oshaNoteMaxLength) } }))).toEqual([]);
  });

  it('refuses answers to another version, or with no version, so two wordings never mix in one form', () => {
    expect(fields({ ...answered(), version: 2 })).toEqual(['version']);
    const { version: _version, ...unversioned } = answered();
    expect(fields(unversioned)).toEqual(['version']);
  });

  it('refuses what is not checklist answers at all', () => {
    expect(fields(undefined)).toEqual(['']);
    expect(fields([])).toEqual(['']);
    expect(fields({ version: 1 })).toEqual(['items']);
    expect(fields({ ...answered(), total: 30 })).toEqual(['total']);
  });

  it('names each item not answered yet when the checklist is handed in, in the checklist\'s order', () => {
    const items = { ...answered().items };
    delete items['monitor.3'];
    delete items['workingPostures.1'];
    const problems = oshaAnswerProblems({ version: 1, items });
    expect(problems).toEqual([
      { field: 'items.workingPostures.1', message: 'Working postures 1: not answered yet.' },
      { field: 'items.monitor.3', message: 'Monitor 3: not answered yet.' },
    ]);
  });

  it('lets a draft leave items unanswered, but still needs a note on each "no" given', () => {
    expect(fields({ version: 1, items: {} }, { complete: false })).toEqual([]);
    expect(fields({ version: 1, items: { 'workArea.2': { answer: 'no' } } }, { complete: false })).toEqual(['items.workArea.2.note']);
  });

  it('names items as the form numbers them', () => {
    expect(oshaItems.map(oshaItemName).slice(8, 11)).toEqual(['Working postures 9', 'Seating 1', 'Seating 2']);
  });
});
