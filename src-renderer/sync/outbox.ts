import { Subject, type Observable } from 'rxjs';
import Dexie from 'dexie';
import type { CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import type { Bookkeeping, EditConflict, PendingChange, StoredCheckpoint } from '../db/bookkeeping';
import { stampsAfter, stampsOf, withStamp } from './pending-actions';

/**
 * What sync learned about one pending document. `base`: the server's copy later pushes start from.
 * `doneAt`: the entry's edit count when sync read it, if sync settled the document: the entry goes
 * unless the user edited it again meanwhile (then it stays, to push from `base`).
 */
export type EntryOutcome = { docId: string; base?: WireDoc; doneAt?: number };

/** A new entry for the list of edits that did not go through. */
export type LostEdit = Omit<EditConflict, 'state' | 'at'>;

/**
 * The one owner of the device's sync bookkeeping: each pending change with the server copy it
 * was based on, the edits that did not go through, and the pull checkpoints.
 *
 * The lock: every operation below is one read-write IndexedDB transaction over the tables it
 * touches, and IndexedDB runs read-write transactions over the same table one at a time (in this
 * page and any other). So a mark (made by a collection hook before the user's edit lands) and a
 * settle (sync clearing what the server accepted) never interleave: the settle compares the edit
 * count it read before pushing with the one stored now, and an edit made while its push was on the
 * wire stays pending. No operation waits on anything but its own tables, so none can deadlock
 * against a collection hook.
 *
 * The whole steps the sync loop takes are built on this: take a batch to push and settle the
 * server's answers (push-batch.ts), rebase pending changes onto a pulled page (apply-pulled.ts),
 * record a lost edit (edit-conflicts.ts).
 */
export type Outbox = {
  /** The tables, for reactive reads (the pending badges, the list of edits not applied) and tests. */
  readonly tables: Bookkeeping;
  /** Marks a document as changed here, before its write lands; the first mark keeps `before` as its base. */
  mark(name: CollectionName, doc: { id: string; updatedAt: string }, before?: WireDoc): Promise<void>;
  /** Emits a collection's name after each mark: the user changed one of its documents. */
  readonly edits$: Observable<CollectionName>;
  /** The pending entries of these documents of a collection, by document id (a few: it reads each). */
  entriesOf(name: CollectionName, ids: readonly string[]): Promise<Map<string, PendingChange>>;
  /**
   * Every pending entry of a collection, by document id: one indexed read, whatever the page. A
   * pulled page checks its documents against this (usually empty) map rather than reading an entry
   * per document, which cost a first sync a read per document.
   */
  pendingOf(name: CollectionName): Promise<Map<string, PendingChange>>;
  /** Up to `limit` entries of a collection, in document-id order, after `afterId`. */
  nextEntries(name: CollectionName, afterId: string | null, limit: number): Promise<PendingChange[]>;
  /** Whether any of these collections has a change waiting to be pushed. */
  hasPending(names: readonly CollectionName[]): Promise<boolean>;
  /** Applies what sync learned: settled entries go (unless edited again), the others take their new base. */
  settle(name: CollectionName, outcomes: readonly EntryOutcome[]): Promise<void>;
  /** Lists a lost edit once: an entry already there, in any state, stays as it is. */
  recordLost(edit: LostEdit): Promise<void>;
  /** The user decided on an entry of the list (here or, when `elsewhere` is given, on another device). */
  decide(id: string, state: 'reapplied' | 'dismissed', elsewhere?: Pick<EditConflict, 'collectionName' | 'docId'>): Promise<void>;
  conflict(id: string): Promise<EditConflict | undefined>;
  loadCheckpoint(name: CollectionName): Promise<StoredCheckpoint>;
  saveCheckpoint(name: CollectionName, checkpoint: StoredCheckpoint): Promise<void>;
  /** A small write: rejects while storage refuses writes (a full disk). */
  probe(): Promise<void>;
};

/** Opens the outbox on its tables; they are opened here, and closed with the tables. */
export async function openOutbox(tables: Bookkeeping): Promise<Outbox> {
  await tables.open();
  const edits = new Subject<CollectionName>();
  const { pending, conflicts, checkpoints, meta } = tables;

  return {
    tables,
    edits$: edits.asObservable(),
    async mark(name, doc, before) {
      await tables.transaction('rw', pending, async () => {
        const entry = await pending.get([name, doc.id]);
        const marked = { updatedAt: doc.updatedAt, markedAt: Date.now() };
        if (entry) await pending.update([name, doc.id], { ...marked, edits: entry.edits + 1, stamps: withStamp(stampsOf(entry), doc.updatedAt) });
        else await pending.add({ collectionName: name, docId: doc.id, edits: 1, ...marked, stamps: [doc.updatedAt], ...(before ? { base: before } : {}) });
      });
      edits.next(name);
    },
    async entriesOf(name, ids) {
      const found = await pending.bulkGet(ids.map((id) => [name, id] as [string, string]));
      return new Map(found.filter((e): e is PendingChange => e !== undefined).map((e) => [e.docId, e]));
    },
    async pendingOf(name) {
      return new Map((await pending.where('collectionName').equals(name).toArray()).map((e) => [e.docId, e]));
    },
    nextEntries(name, afterId, limit) {
      const range = pending.where('[collectionName+docId]').between([name, afterId ?? ''], [name, Dexie.maxKey], afterId === null, true);
      return range.limit(limit).toArray();
    },
    async hasPending(names) {
      return (await pending.where('collectionName').anyOf([...names]).count()) > 0;
    },
    async settle(name, outcomes) {
      if (outcomes.length === 0) return;
      await tables.transaction('rw', pending, async () => {
        const entries = await pending.bulkGet(outcomes.map((o) => [name, o.docId] as [string, string]));
        const done: [string, string][] = [];
        const rebased: PendingChange[] = [];
        outcomes.forEach(({ docId, base, doneAt }, i) => {
          const entry = entries[i];
          if (entry && entry.edits === doneAt) done.push([name, docId]);
          else if (entry && base) rebased.push({ ...entry, base, stamps: stampsAfter(entry, base) });
        });
        if (done.length > 0) await pending.bulkDelete(done);
        if (rebased.length > 0) await pending.bulkPut(rebased);
      });
    },
    async recordLost(edit) {
      await tables.transaction('rw', conflicts, async () => {
        if (await conflicts.get(edit.id)) return;
        await conflicts.add({ ...edit, state: 'open', at: new Date().toISOString() });
      });
    },
    async decide(id, state, elsewhere) {
      await tables.transaction('rw', conflicts, async () => {
        const entry = await conflicts.get(id);
        if (entry?.state === 'open') await conflicts.update(id, { state });
        // Decided on another device before this one listed it: the entry is kept decided, so listing it later is a no-op.
        else if (!entry && elsewhere) {
          await conflicts.add({ id, kind: 'overridden', ...elsewhere, label: '', field: '', mine: 'null', kept: 'null', keptBy: '', reason: '', at: new Date().toISOString(), state });
        }
      });
    },
    conflict: (id) => conflicts.get(id),
    async loadCheckpoint(name) {
      return (await checkpoints.get(name))?.checkpoint ?? { seq: 0 };
    },
    async saveCheckpoint(name, checkpoint) {
      await checkpoints.put({ collectionName: name, checkpoint });
    },
    async probe() {
      await meta.put({ key: 'storage-probe', value: new Date().toISOString() });
    },
  };
}
