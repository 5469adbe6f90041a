import { describe, expect, it } from 'vitest';
import { sameDocument } from '@shared/sync/same-document';

describe('comparing document states', () => {
  it.each([
    ['key order', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }, [], true],
    ['RxDB bookkeeping', { a: 1, _rev: '1-x', _meta: { lwt: 1 } }, { a: 1 }, [], true],
    ['an ignored server field', { a: 1, number: 5 }, { a: 1 }, ['number'], true],
    ['a changed nested value', { a: { b: 1 } }, { a: { b: 2 } }, [], false],
    ['array order', { a: [1, 2] }, { a: [2, 1] }, [], false],
    ['the deleted flag', { a: 1, _deleted: false }, { a: 1, _deleted: true }, [], false],
  ])('%s', (_, a, b, ignore, same) => {
    expect(sameDocument(a, b, ignore as string[])).toBe(same);
  });
});
