import { combineLatest, map, distinctUntilChanged } from 'rxjs';
import { collectionNames, type CollectionName } from '@shared/schema/collections';
import type { FieldDeskApi } from '@shared/api/contract';
import type { FieldDeskDatabase } from '../db/database';
import { replicateCollection } from './replicate-collection';
import { useSyncActivity } from '../stores/sync-activity';
import { useSyncProgress } from '../stores/sync-progress';

export type SyncHandle = {
  stop(): Promise<void>;
  /** Resolves once every collection has pulled what the server has and pushed every local change. */
  awaitInSync(): Promise<void>;
};

/** Replicates every collection and follows the server's live stream. */
export function startSync(db: FieldDeskDatabase, api: FieldDeskApi, names: readonly CollectionName[] = collectionNames): SyncHandle {
  const replications = new Map(names.map((name) => [name, replicateCollection(db, name, api)]));
  const progress = useSyncProgress.getState();
  const unsubscribe = api.on('sync:stream', (message) => {
    if (message.type === 'resync') {
      if (message.heads) progress.setHeads(Object.fromEntries(Object.entries(message.heads).filter(([c]) => names.includes(c as CollectionName))));
      for (const r of replications.values()) r.resync();
    } else if (replications.has(message.collection)) {
      progress.setHead(message.collection, message.seq);
      replications.get(message.collection)?.resync();
    }
  });
  const activity = combineLatest([...replications.values()].map((r) => r.state.active$))
    .pipe(map((active) => active.some(Boolean)), distinctUntilChanged())
    .subscribe((busy) => useSyncActivity.getState().setBusy(busy));
  return {
    async stop() {
      unsubscribe();
      activity.unsubscribe();
      await Promise.all([...replications.values()].map((r) => r.state.cancel()));
    },
    async awaitInSync() {
      await Promise.all([...replications.values()].map((r) => r.state.awaitInSync()));
    },
  };
}
