import { Subject } from 'rxjs';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { RxReplicationPullStreamItem } from 'rxdb';
import { collections, type CollectionName } from '@shared/schema/collections';
import type { Checkpoint, PushRow } from '@shared/sync/protocol';
import type { FieldDeskApi } from '@shared/api/contract';
import { localCollection, type FieldDeskDatabase } from '../db/database';
import { settlePending } from '../db/pending-changes';

export type CollectionReplication = {
  state: RxReplicationState<unknown, Checkpoint>;
  /** Pull past the checkpoint now (the server announced changes, or the connection came back). */
  resync(): void;
};

/** One RxDB replication of one collection, carried by FieldDeskApi's sync channels. */
export function replicateCollection(db: FieldDeskDatabase, name: CollectionName, api: FieldDeskApi): CollectionReplication {
  const pullStream = new Subject<RxReplicationPullStreamItem<unknown, Checkpoint>>();
  const state = replicateRxCollection<unknown, Checkpoint>({
    collection: localCollection(db, name) as never,
    replicationIdentifier: `fielddesk-${name}-v1`,
    live: true,
    retryTime: 3000,
    waitForLeadership: false,
    toggleOnDocumentVisible: false,
    pull: {
      batchSize: 1000,
      stream$: pullStream.asObservable(),
      handler: async (checkpoint, batchSize) => {
        const answer = await api['sync:pull']({ collection: name, checkpoint: checkpoint ?? { seq: 0 }, limit: batchSize });
        return { documents: answer.documents as never, checkpoint: answer.checkpoint };
      },
    },
    push: {
      batchSize: collections[name].appendOnly ? 500 : 200,
      handler: async (rows) => {
        // RxDB leaves assumedMasterState undefined for new documents; the wire contract says null.
        const wireRows = rows.map((r) => ({ assumedMasterState: r.assumedMasterState ?? null, newDocumentState: r.newDocumentState })) as PushRow[];
        const conflicts = await api['sync:push']({ collection: name, rows: wireRows });
        await settlePending(db, name, wireRows, conflicts);
        return conflicts as never;
      },
    },
  });
  return { state, resync: () => pullStream.next('RESYNC') };
}
