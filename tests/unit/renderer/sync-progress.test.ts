import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../src-renderer/stores/sync-progress';

describe('sync progress', () => {
  it.each([
    ['nothing announced yet', {}, {}, { done: 0, total: 0 }],
    ['half of one collection', { assets: 1000 }, { assets: 500 }, { done: 500, total: 1000 }],
    ['over several collections', { assets: 1000, sites: 40 }, { assets: 1000 }, { done: 1000, total: 1040 }],
    ['a checkpoint past an old head counts as done, not more', { assets: 10 }, { assets: 12 }, { done: 10, total: 10 }],
  ])('%s', (_, heads, reached, expected) => {
    expect(progressOf({ heads, reached })).toEqual(expected);
  });
});
