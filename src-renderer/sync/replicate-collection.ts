import { Subject } from 'rxjs';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxReplicationPullStreamItem } from 'rxdb';
import { collections, type CollectionName } from '@shared/schema/collections';
import type { Checkpoint, PushRow } from '@shared/sync/protocol';
import type { FieldDeskApi } from '@shared/api/contract';
import { ApiError } from '@shared/api/api-error';
import type { WireDoc } from '@shared/sync/protocol';
import { editConflictsOf, localCollection, type FieldDeskDatabase } from '../db/database';
import { settlePending, settlePulled } from '../db/pending-changes';
import { refusalKey } from './edit-conflicts';
import { useSyncProgress } from '../stores/sync-progress';
import { prefetchingPull } from './prefetching-pull';
import { pendingKey } from '../db/pending-changes.schema';

export type CollectionReplication = {
  state: RxReplicationState<unknown, Checkpoint>;
  /** Pull past the checkpoint now (the server announced changes, or the connection came back). */
  resync(): void;
};

/** One RxDB replication of one collection, carried by FieldDeskApi's sync channels. */
export function replicateCollection(db: FieldDeskDatabase, name: CollectionName, api: FieldDeskApi): CollectionReplication {
  const pullStream = new Subject<RxReplicationPullStreamItem<unknown, Checkpoint>>();
  const pullPage = prefetchingPull((checkpoint, limit) => api['sync:pull']({ collection: name, checkpoint, limit }));
  const state = replicateRxCollection<unknown, Checkpoint>({
    collection: localCollection(db, name) as never,
    replicationIdentifier: `fielddesk-${name}-v1`,
    live: true,
    retryTime: 3000,
    waitForLeadership: false,
    toggleOnDocumentVisible: false,
    pull: {
      batchSize: 2000,
      stream$: pullStream.asObservable(),
      handler: async (checkpoint, batchSize) => {
        const answer = await pullPage(checkpoint ?? { seq: 0 }, batchSize);
        const progress = useSyncProgress.getState();
        if (answer.head !== undefined) progress.setHead(name, answer.head);
        progress.setReached(name, answer.checkpoint.seq);
        await settlePulled(db, name, answer.documents);
        return { documents: answer.documents as never, checkpoint: answer.checkpoint };
      },
    },
    push: {
      batchSize: collections[name].appendOnly ? 500 : 200,
      handler: async (rows) => {
        // RxDB leaves assumedMasterState undefined for new documents; the wire contract says null.
        const wireRows = rows.map((r) => ({ assumedMasterState: r.assumedMasterState ?? null, newDocumentState: r.newDocumentState })) as PushRow[];
        return (await pushSettingAsideRefusals(db, name, api, wireRows)) as never;
      },
    },
  });
  return { state, resync: () => pullStream.next('RESYNC') };
}

/**
 * Pushes rows; when the server refuses the batch because of one document (403, 400), that row is
 * set aside and the rest pushed again. The refused row is answered with the server's copy (or, for
 * a document the server never had, a deleted stub) so RxDB's conflict handler drops it locally and
 * records it where the user sees it; otherwise RxDB would retry the refused batch forever and
 * every later change would queue behind it.
 */
async function pushSettingAsideRefusals(db: FieldDeskDatabase, name: CollectionName, api: FieldDeskApi, rows: PushRow[]): Promise<WireDoc[]> {
  try {
    const conflicts = await api['sync:push']({ collection: name, rows });
    await settlePending(db, name, rows, conflicts);
    return conflicts;
  } catch (error) {
    const refused = error instanceof ApiError && (error.kind === 'forbidden' || error.kind === 'rejected') ? rows.find((r) => r.newDocumentState.id === error.documentId) : undefined;
    if (!refused || !(error instanceof ApiError)) throw error;
    editConflictsOf(db).refusals.set(refusalKey(name, refused.newDocumentState), { reason: error.message, field: error.field ?? '' });
    const rest = rows.filter((r) => r !== refused);
    const others = rest.length > 0 ? await pushSettingAsideRefusals(db, name, api, rest) : [];
    const serverCopy = refused.assumedMasterState ?? { ...refused.newDocumentState, _deleted: true };
    await db.pending_changes.findOne(pendingKey(name, refused.newDocumentState.id as string)).remove();
    return [...others, serverCopy];
  }
}
