import { describe, expect, it } from 'vitest';
import { prefetchingPull } from '../../../src-renderer/sync/prefetching-pull';

const pages = (total: number) => {
  const calls: number[] = [];
  const fetchPage = async ({ seq }: { seq: number }, limit: number) => {
    calls.push(seq);
    const documents = Array.from({ length: Math.max(0, Math.min(limit, total - seq)) }, (_, i) => ({ id: String(seq + i + 1), _deleted: false }));
    return { documents, checkpoint: { seq: seq + documents.length } };
  };
  return { calls, fetchPage };
};

describe('prefetching pull', () => {
  it('asks for the next page as soon as a full one arrives, and fetches no page twice', async () => {
    const { calls, fetchPage } = pages(25);
    const pull = prefetchingPull(fetchPage);
    const first = await pull({ seq: 0 }, 10);
    expect(calls).toEqual([0, 10]);
    const second = await pull(first.checkpoint, 10);
    const third = await pull(second.checkpoint, 10);
    expect(third.documents.map((d) => d.id)).toEqual(['21', '22', '23', '24', '25']);
    expect(calls).toEqual([0, 10, 20]);
  });

  it('ignores a prefetched page for another checkpoint (after a resync from elsewhere)', async () => {
    const { calls, fetchPage } = pages(30);
    const pull = prefetchingPull(fetchPage);
    await pull({ seq: 0 }, 10);
    const answer = await pull({ seq: 5 }, 10);
    expect(answer.documents[0]?.id).toBe('6');
    expect(calls).toEqual([0, 10, 5, 15]);
  });
});
