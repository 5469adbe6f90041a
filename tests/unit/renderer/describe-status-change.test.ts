import { describe, expect, it } from 'vitest';
import { describeStatusChange } from '../../../src-renderer/features/work-orders/describe-status-change';

describe('a status change in plain words', () => {
  it.each([
    [{ from: 'in-progress', to: 'on-hold', holdReason: 'waiting-for-parts' }, 'In progress → On hold (waiting for parts)'],
    [{ from: 'assigned', to: 'in-progress' }, 'Assigned → In progress'],
    [{ from: 'on-hold', to: 'resolved' }, 'On hold → Resolved'],
    [{ from: 'assigned', to: 'on-hold', holdReason: 'scheduled' }, 'Assigned → On hold (scheduled visit)'],
  ] as const)('%o', (change, words) => {
    expect(describeStatusChange(change)).toBe(words);
  });
});
