import { Subject, type Observable } from 'rxjs';
import type { RxCollection, RxDocumentData } from 'rxdb';
import type { CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import { localCollection, type FieldDeskDatabase } from './database';
import { pendingKey, type PendingChange } from './pending-changes.schema';

type Stamped = { id: string; updatedAt: string };
export type StoredDoc = RxDocumentData<WireDoc>;

/** A stored document as the server knows it: RxDB's bookkeeping stripped, the deleted flag kept. */
export function wireOf(doc: StoredDoc | RxDocumentData<Stamped>): WireDoc {
  const { _meta, _rev, _attachments, ...state } = doc as StoredDoc;
  return state as WireDoc;
}

const locks = new WeakMap<FieldDeskDatabase, Promise<unknown>>();

/**
 * Runs `task` after every earlier task on this database's pending list. The app's writes mark
 * entries and sync settles them; interleaved, a settle could drop the mark of an edit made while
 * its push was on the wire. Tasks must not write to a synced collection (their hooks wait here).
 */
export function underPendingLock<T>(db: FieldDeskDatabase, task: () => Promise<T>): Promise<T> {
  const run = (locks.get(db) ?? Promise.resolve()).then(task);
  locks.set(db, run.catch(() => undefined));
  return run;
}

const editSignals = new WeakMap<FieldDeskDatabase, Subject<CollectionName>>();

/** Emits a collection's name each time the user changes one of its documents. */
export function localEdits(db: FieldDeskDatabase): Observable<CollectionName> {
  const signal = editSignals.get(db);
  if (!signal) throw new Error('pending changes are not tracked on this database');
  return signal.asObservable();
}

/**
 * Marks every document the user writes as pending, before the write lands, so an edit is never
 * stored without its mark (a crash in between leaves at most a mark with nothing new to send). The
 * first mark keeps the document as it was: the base its push is compared against. Sync writes
 * straight to storage, so pulled documents are never marked.
 */
export function trackPendingChanges(db: FieldDeskDatabase, names: readonly CollectionName[]): void {
  const signal = new Subject<CollectionName>();
  editSignals.set(db, signal);
  for (const name of names) {
    const collection = localCollection(db, name) as unknown as RxCollection<Stamped>;
    const mark = async (data: Stamped, before?: RxDocumentData<Stamped>) => {
      await underPendingLock(db, async () => {
        const key = pendingKey(name, data.id);
        const entry = await db.pending_changes.findOne(key).exec();
        const marked = { updatedAt: data.updatedAt, markedAt: Date.now() };
        if (entry) await entry.incrementalPatch({ ...marked, edits: entry.edits + 1 });
        else await db.pending_changes.insert({ key, collectionName: name, docId: data.id, edits: 1, ...marked, ...(before ? { base: wireOf(before) } : {}) });
      });
      signal.next(name);
    };
    collection.preInsert((data) => mark(data), false);
    // RxDB's typings promise an RxDocument here; version 17 passes the stored data. Either works.
    collection.preSave((data, before: unknown) => mark(data, plainData(before)), false);
    // The removed state is not yet flagged deleted when the hook runs: it is the base.
    collection.preRemove((data) => mark(data, { ...data, _deleted: false } as RxDocumentData<Stamped>), false);
  }
}

function plainData(doc: unknown): RxDocumentData<Stamped> {
  const withJson = doc as { toJSON?: (withMeta: boolean) => unknown };
  return (typeof withJson.toJSON === 'function' ? withJson.toJSON(true) : doc) as RxDocumentData<Stamped>;
}

/**
 * What sync learned about one pending document. `base`: the server's copy later pushes start from.
 * `doneAt`: the entry's edit count when sync read it, if sync settled the document: the entry goes
 * unless the user edited it again meanwhile (then it stays, to push from `base`).
 */
export type EntryOutcome = { docId: string; base?: WireDoc; doneAt?: number };

export async function settleEntries(db: FieldDeskDatabase, name: CollectionName, outcomes: EntryOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  await underPendingLock(db, async () => {
    const entries = await db.pending_changes.findByIds(outcomes.map((o) => pendingKey(name, o.docId))).exec();
    const done: string[] = [];
    for (const { docId, base, doneAt } of outcomes) {
      const entry = entries.get(pendingKey(name, docId));
      if (entry && entry.edits === doneAt) done.push(entry.key);
      else if (entry && base) await entry.incrementalPatch({ base });
    }
    if (done.length > 0) await db.pending_changes.bulkRemove(done);
  });
}

/** Every pending entry of one collection, by document id. */
export async function pendingOf(db: FieldDeskDatabase, name: CollectionName): Promise<Map<string, PendingChange>> {
  const entries = await db.pending_changes.find({ selector: { collectionName: name } }).exec();
  return new Map(entries.map((e) => [e.docId, e.toJSON() as PendingChange]));
}
