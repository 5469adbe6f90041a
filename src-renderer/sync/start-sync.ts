import { combineLatest, map, distinctUntilChanged } from 'rxjs';
import { collectionNames } from '@shared/schema/collections';
import type { FieldDeskApi } from '@shared/api/contract';
import type { FieldDeskDatabase } from '../db/database';
import { replicateCollection } from './replicate-collection';
import { useSyncActivity } from '../stores/sync-activity';

/** Replicates every collection and follows the server's live stream; returns a stop function. */
export function startSync(db: FieldDeskDatabase, api: FieldDeskApi): () => Promise<void> {
  const replications = new Map(collectionNames.map((name) => [name, replicateCollection(db, name, api)]));
  const unsubscribe = api.on('sync:stream', (message) => {
    if (message.type === 'resync') {
      for (const r of replications.values()) r.resync();
    } else {
      replications.get(message.collection)?.resync();
    }
  });
  const activity = combineLatest([...replications.values()].map((r) => r.state.active$))
    .pipe(map((active) => active.some(Boolean)), distinctUntilChanged())
    .subscribe((busy) => useSyncActivity.getState().setBusy(busy));
  return async () => {
    unsubscribe();
    activity.unsubscribe();
    await Promise.all([...replications.values()].map((r) => r.state.cancel()));
  };
}
