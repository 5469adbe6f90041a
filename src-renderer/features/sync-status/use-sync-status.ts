import { useEffect, useState } from 'react';
import type { SyncStatus } from '@shared/api/sync.contract';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRxDatabase } from 'rxdb/plugins/react';
import { useApi } from '../../host/api-context';
import { outboxOf, type FieldDeskDatabase } from '../../db/database';
import { pendingActionCount } from '../../sync/pending-actions';

const none = new Set<string>();

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
  const { tables } = outboxOf(useRxDatabase() as FieldDeskDatabase);
  const keys = useLiveQuery(async () => new Set((await tables.pending.toCollection().primaryKeys()).map(([name, id]) => `${name}:${id}`)), [tables]);
  return keys ?? none;
}

/** How many of the user's actions wait to be sent (the count the sync status and signing out show). */
export function usePendingActions(): number {
  const { tables } = outboxOf(useRxDatabase() as FieldDeskDatabase);
  return useLiveQuery(async () => pendingActionCount(await tables.pending.toArray()), [tables]) ?? 0;
}
