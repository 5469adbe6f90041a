import type { RxCollection } from 'rxdb';
import { collections, type CollectionName } from '@shared/schema/collections';
import type { PushRow, WireDoc } from '@shared/sync/protocol';
import { mergeThreeWay } from '@shared/domain/merge';
import { sameDocument } from '@shared/sync/same-document';
import type { FieldDeskDatabase } from './database';
import { pendingKey, type PendingChange } from './pending-changes.schema';

type Stamped = { id: string; updatedAt: string };

/**
 * Marks every document the user writes as pending. Collection hooks fire for the app's own writes
 * only: replication writes straight to storage, so pulled documents are never counted.
 */
export function trackPendingChanges(db: FieldDeskDatabase, names: readonly CollectionName[]): void {
  for (const name of names) {
    const collection = db.collections[collections[name].localName as 'work_orders'] as unknown as RxCollection<Stamped>;
    const mark = async (data: Stamped) => {
      await db.pending_changes.upsert({ key: pendingKey(name, data.id), collectionName: name, docId: data.id, updatedAt: data.updatedAt });
    };
    collection.postInsert(mark, false);
    collection.postSave(mark, false);
    collection.postRemove(mark, false);
  }
}

/**
 * After a push: a change the server stored is no longer pending, nor is one whose conflict resolves
 * to the server's copy (nothing left to send). A conflict whose merge keeps some of the user's
 * edit stays pending until the merged document is pushed.
 */
export async function settlePending(db: FieldDeskDatabase, name: CollectionName, rows: PushRow[], conflicts: WireDoc[]): Promise<void> {
  const conflictById = new Map(conflicts.map((c) => [c.id as string, c]));
  const serverOwned = collections[name].serverOwned as readonly string[];
  const keys = rows.map((r) => pendingKey(name, r.newDocumentState.id as string));
  const entries = await db.pending_changes.findByIds(keys).exec();
  const settled: string[] = [];
  for (const { assumedMasterState, newDocumentState } of rows) {
    const entry: PendingChange | undefined = entries.get(pendingKey(name, newDocumentState.id as string))?.toJSON();
    if (!entry || entry.updatedAt > (newDocumentState.updatedAt as string)) continue;
    const theirs = conflictById.get(newDocumentState.id as string);
    if (theirs && !collections[name].appendOnly) {
      const { merged } = mergeThreeWay(assumedMasterState as never, newDocumentState as never, theirs as never, serverOwned);
      if (!sameDocument(merged, theirs, serverOwned)) continue;
    }
    settled.push(entry.key);
  }
  if (settled.length > 0) await db.pending_changes.bulkRemove(settled);
}

/**
 * After a pull: a document whose local state equals the server's copy has nothing left to send,
 * whatever path it took to get there (pushed, merged, re-pushed), so it is no longer pending.
 * Only the few documents with a pending entry are compared.
 */
export async function settlePulled(db: FieldDeskDatabase, name: CollectionName, pulled: WireDoc[]): Promise<void> {
  const pending = await db.pending_changes.find({ selector: { collectionName: name } }).exec();
  if (pending.length === 0) return;
  const waiting = new Set(pending.map((p) => p.docId));
  const candidates = pulled.filter((d) => waiting.has(d.id as string));
  if (candidates.length === 0) return;
  const serverOwned = collections[name].serverOwned as readonly string[];
  const local = await (db.collections[collections[name].localName as 'work_orders'] as unknown as RxCollection<Stamped>)
    .findByIds(candidates.map((d) => d.id as string))
    .exec();
  const settled = candidates
    .filter((d) => {
      const mine = local.get(d.id as string)?.toJSON() as Record<string, unknown> | undefined;
      return mine !== undefined && sameDocument({ ...mine, _deleted: d._deleted }, d, serverOwned);
    })
    .map((d) => pendingKey(name, d.id as string));
  if (settled.length > 0) await db.pending_changes.bulkRemove(settled);
}
