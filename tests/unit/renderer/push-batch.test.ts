import { describe, expect, it } from 'vitest';
import type { PushRow } from '@shared/sync/protocol';
import { jsonBytes } from '@shared/sync/json-bytes';
import { groupByBytes } from '../../../src-renderer/sync/push-batch';

/** A new document whose row is about `bytes` long as JSON. */
const row = (id: string, bytes: number): PushRow => ({ assumedMasterState: null, newDocumentState: { id, text: 'x'.repeat(Math.max(0, bytes - 80)), _deleted: false } });
const ids = (groups: PushRow[][]) => groups.map((g) => g.map((r) => r.newDocumentState.id));

describe('push rows grouped by bytes after the server named its limit', () => {
  it.each([
    ['all fit in one body', [['a', 100], ['b', 100]], 1000, [['a', 'b']]],
    ['a body fills up and the next starts', [['a', 400], ['b', 400], ['c', 400]], 1000, [['a', 'b'], ['c']]],
    ['a row larger than the limit goes alone, in its place', [['a', 100], ['big', 5000], ['b', 100]], 1000, [['a'], ['big'], ['b']]],
    ['one row', [['a', 100]], 10, [['a']]],
  ] as const)('%s', (_, rows, limit, expected) => {
    const groups = groupByBytes(rows.map(([id, bytes]) => row(id, bytes)), limit);
    expect(ids(groups)).toEqual(expected);
    // Every body of more than one row fits: what JSON.stringify sends is what the server counts.
    for (const group of groups.filter((g) => g.length > 1)) expect(jsonBytes(group)).toBeLessThanOrEqual(limit);
  });

  it('counts bytes of UTF-8, not characters', () => {
    const accented = (id: string): PushRow => ({ assumedMasterState: null, newDocumentState: { id, text: 'é'.repeat(300), _deleted: false } });
    // 300 characters, 600 bytes each: two do not fit in 1,000 bytes.
    expect(ids(groupByBytes([accented('a'), accented('b')], 1000))).toEqual([['a'], ['b']]);
  });
});
