import type { Checkpoint, PullResponse } from '@shared/sync/protocol';

type Fetch = (checkpoint: Checkpoint, limit: number) => Promise<PullResponse>;

/**
 * Wraps a pull so the next page is already on its way while RxDB writes the current one: a first
 * sync is otherwise idle half the time, waiting for the network between two storage writes. Only a
 * full page triggers a prefetch (a short one means the client has caught up).
 */
export function prefetchingPull(fetchPage: Fetch): Fetch {
  let ahead: { seq: number; limit: number; page: Promise<PullResponse> } | null = null;
  const start = (checkpoint: Checkpoint, limit: number) => {
    const page = fetchPage(checkpoint, limit);
    // A failed prefetch is simply fetched again when RxDB asks for it.
    page.catch(() => undefined);
    return { seq: checkpoint.seq, limit, page };
  };
  return async (checkpoint, limit) => {
    const current = ahead && ahead.seq === checkpoint.seq && ahead.limit === limit ? ahead : start(checkpoint, limit);
    ahead = null;
    const answer = await current.page.catch(() => fetchPage(checkpoint, limit));
    if (answer.documents.length === limit) ahead = start(answer.checkpoint, limit);
    return answer;
  };
}
