import { useEffect, useState } from 'react';
import type { SyncStatus } from '@shared/api/sync.contract';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import { useApi } from '../../host/api-context';

const pendingQuery = {};

/** The gateway's connection state, kept current by its `sync:status` events. */
export function useSyncStatus(): SyncStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    const unsubscribe = api.on('sync:status', setStatus);
    void api['sync:status']({}).then(setStatus);
    return unsubscribe;
  }, [api]);
  return status;
}

/** Keys (`collection:id`) of documents changed here and not yet accepted by the server. */
export function usePendingKeys(): Set<string> {
  const { results } = useLiveRxQuery({ collection: 'pending_changes', query: pendingQuery });
  return new Set(results.map((doc) => (doc as unknown as { key: string }).key));
}
