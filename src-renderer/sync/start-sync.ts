import { combineLatest, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { collectionNames, type CollectionName } from '@shared/schema/collections';
import type { FieldDeskApi } from '@shared/api/contract';
import { outboxOf, type FieldDeskDatabase } from '../db/database';
import { childOf, childrenOf, readerScoped } from '@shared/sync/views';
import { syncCollection, type CollectionSync } from './collection-sync';
import { syncContext } from './sync-context';
import { useSyncActivity } from '../stores/sync-activity';
import { useSyncProgress } from '../stores/sync-progress';

export type SyncHandle = {
  stop(): Promise<void>;
  /**
   * Resolves once every collection has pulled what the server has and pushed every local change,
   * with nothing in flight: a change one collection's sync made in another (the timeline note kept
   * when a conflict was settled) is pushed too before this resolves.
   */
  awaitInSync(): Promise<void>;
};

/** The collections with every parent before its children. */
const parentsFirst = (names: readonly CollectionName[]) => [...names.filter((n) => !childOf[n]), ...names.filter((n) => childOf[n])];

/** Syncs every collection and follows the server's live stream. */
export function startSync(db: FieldDeskDatabase, api: FieldDeskApi, names: readonly CollectionName[] = collectionNames): SyncHandle {
  const syncs = new Map<CollectionName, CollectionSync>();
  // Parents first: a child's first pull waits for its parent's, and a parent entering the view
  // fetches its children.
  for (const name of parentsFirst(names)) {
    const parent = childOf[name]?.parent;
    const children = childrenOf(name);
    syncs.set(
      name,
      syncCollection(syncContext(db, name, api), {
        parentFirstRun: parent ? syncs.get(parent)?.firstRun : undefined,
        onEntered: children && names.includes(children.child) ? (ids) => syncs.get(children.child)?.catchUp(ids) : undefined,
      }),
    );
  }
  const progress = useSyncProgress.getState();
  // How far the previous user of this laptop had got says nothing of this database.
  progress.reset();
  const unsubscribe = api.on('sync:stream', (message) => {
    if (message.type === 'resync') {
      if (message.heads) progress.setHeads(Object.fromEntries(Object.entries(message.heads).filter(([c]) => names.includes(c as CollectionName))));
      for (const sync of syncs.values()) sync.pull();
    } else if (syncs.has(message.collection)) {
      progress.setHead(message.collection, message.seq);
      syncs.get(message.collection)?.pull();
      // A user's permissions changed, perhaps this user's: what they may read of a reader-scoped
      // collection changes with no document of it changing, so it is pulled to learn its view now.
      if (message.collection === 'users') for (const name of readerScoped) syncs.get(name)?.pull();
    }
  });
  const activity = combineLatest([...syncs.values()].map((s) => s.active$))
    .pipe(map((active) => active.some(Boolean)), distinctUntilChanged())
    .subscribe((busy) => useSyncActivity.getState().setBusy(busy));
  return {
    async stop() {
      unsubscribe();
      activity.unsubscribe();
      await Promise.all([...syncs.values()].map((s) => s.stop()));
    },
    async awaitInSync() {
      // Each collection settling on its own is not enough: settling one may queue a change in another.
      for (;;) {
        await Promise.all([...syncs.values()].map((s) => s.awaitInSync()));
        const busy = await Promise.all([...syncs.values()].map((s) => firstValueFrom(s.active$)));
        if (!busy.some(Boolean) && !(await outboxOf(db).hasPending(names))) return;
      }
    },
  };
}
