import type { Checkpoint, PullResponse } from '@shared/sync/protocol';

type Fetch = (checkpoint: Checkpoint, limit: number) => Promise<PullResponse>;
type PrefetchingFetch = Fetch & {
  /** Forgets the page fetched ahead: it may predate something just stored (a catch-up). */
  dropAhead(): void;
};

/**
 * Wraps a pull so the next page is already on its way while RxDB writes the current one: a first
 * sync is otherwise idle half the time, waiting for the network between two storage writes. Only a
 * full page (or one the server cut by bytes: `more`) triggers a prefetch; a short one means the client has caught up.
 */
export function prefetchingPull(fetchPage: Fetch): PrefetchingFetch {
  let ahead: { seq: number; limit: number; page: Promise<PullResponse> } | null = null;
  const start = (checkpoint: Checkpoint, limit: number) => {
    const page = fetchPage(checkpoint, limit);
    // A failed prefetch is simply fetched again when RxDB asks for it.
    page.catch(() => undefined);
    return { seq: checkpoint.seq, limit, page };
  };
  const pull: Fetch = async (checkpoint, limit) => {
    const current = ahead && ahead.seq === checkpoint.seq && ahead.limit === limit ? ahead : start(checkpoint, limit);
    ahead = null;
    const answer = await current.page.catch(() => fetchPage(checkpoint, limit));
    if (answer.more === true || answer.documents.length + (answer.removed?.length ?? 0) === limit) ahead = start(answer.checkpoint, limit);
    return answer;
  };
  return Object.assign(pull, { dropAhead: () => (ahead = null) });
}
