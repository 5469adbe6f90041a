import { useEffect, useMemo, useState } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { FieldDeskDatabase } from '../../db/database';
import { searchFeedOf } from './search-feed';
import type { SearchHit } from './work-order-index';

/** Work orders matching `query` from the device's index; `ready` is false while it is still filling. */
export function useWorkOrderSearch(query: string, limit = 8): { hits: SearchHit[]; ready: boolean } {
  const db = useRxDatabase() as FieldDeskDatabase | undefined;
  const feed = useMemo(() => (db ? searchFeedOf(db) : null), [db]);
  const [ready, setReady] = useState(feed?.ready ?? false);
  useEffect(() => {
    if (!feed) return;
    const listener = () => setReady(feed.ready);
    feed.onChange.add(listener);
    listener();
    return () => void feed.onChange.delete(listener);
  }, [feed]);
  const hits = useMemo(() => (feed && ready ? feed.index.search(query, limit) : []), [feed, ready, query, limit]);
  return { hits, ready };
}
