import { describe, expect, it } from 'vitest';
import { describeValue } from '../../../src-renderer/features/conflicts/describe-value';

describe('conflicting values in plain words', () => {
  it.each([
    ['work-orders', 'status', '"on-hold"', 'On hold'],
    ['work-orders', 'holdReason', '"waiting-for-parts"', 'Waiting for parts'],
    ['work-orders', 'priority', '2', 'P2 High'],
    ['work-orders', 'room', '"204"', '204'],
    ['work-orders', 'resolutionSummary', '""', '(empty)'],
    ['assets', 'status', '"surplus"', 'surplus'],
    ['work-orders', 'holdReason', 'null', '(empty)'],
  ])('%s %s %s -> %s', (collection, field, json, words) => {
    expect(describeValue(collection, field, json)).toBe(words);
  });

  it('names a category from the reference data, and shows a key it does not know as it is', () => {
    const names = { category: (key: string) => (key === 'network' ? 'Network' : key) };
    expect(describeValue('work-orders', 'category', '"network"', names)).toBe('Network');
    expect(describeValue('work-orders', 'category', '"plumbing"', names)).toBe('plumbing');
  });
});
