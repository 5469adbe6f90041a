import type { RxCollection } from 'rxdb';
import { collections, type CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import { childOf, childrenOf } from '@shared/sync/views';
import { wireOf } from '../db/pending-changes';
import { outboxOf, type FieldDeskDatabase } from '../db/database';
import { readStored, writeStates } from './stored-docs';
import type { SyncContext } from './sync-context';

/** A synced collection of this database, when it is open here. */
function openCollection(db: FieldDeskDatabase, name: CollectionName): RxCollection<WireDoc> | undefined {
  return db.collections[collections[name].localName as keyof typeof db.collections] as unknown as RxCollection<WireDoc> | undefined;
}

/**
 * Per database and collection: documents out of the user's view that stayed only for a change
 * still to push. They go once it is pushed, for nothing else would take them: no later pull repeats
 * their exit when the server keeps its copy (a conflict, or the same document sent again), and a
 * conflict's answer may be a copy this user no longer reads.
 */
const leaving = new WeakMap<FieldDeskDatabase, Map<CollectionName, Set<string>>>();

function leavingOf(db: FieldDeskDatabase, name: CollectionName): Set<string> {
  let byName = leaving.get(db);
  if (!byName) leaving.set(db, (byName = new Map()));
  let ids = byName.get(name);
  if (!ids) byName.set(name, (ids = new Set()));
  return ids;
}

/**
 * Takes documents off this device: flagged deleted (every query stops showing them at once), then
 * purged from storage, so no copy of what the user may no longer read stays behind. A document
 * with changes still to push is kept (they are pushed first; the server decides) and so are its
 * children. Children of a removed parent go with it. Resolves how many were kept for a push.
 */
async function purge(db: FieldDeskDatabase, name: CollectionName, ids: string[]): Promise<number> {
  const collection = openCollection(db, name);
  if (!collection || ids.length === 0) return 0;
  const pending = await outboxOf(db).pendingOf(name);
  const gone = ids.filter((id) => !pending.has(id));
  const stored = await readStored(collection, gone);
  const rows = [...stored.values()].filter((d) => !d._deleted).map((previous) => ({ previous, state: { ...wireOf(previous), _deleted: true } }));
  // A document the user changed in between is not removed now: its change is pushed first.
  const raced = await writeStates(collection, rows);
  if (rows.length > raced.size) await collection.storageInstance.cleanup(0);
  const removed = gone.filter((id) => !raced.has(id));
  const waiting = leavingOf(db, name);
  for (const id of ids) waiting.add(id);
  for (const id of removed) waiting.delete(id);
  const children = childrenOf(name);
  if (children && removed.length > 0) await purgeChildren(db, children.child, children.field, removed);
  return ids.length - removed.length;
}

async function purgeChildren(db: FieldDeskDatabase, name: CollectionName, field: string, parents: string[]): Promise<void> {
  const collection = openCollection(db, name);
  if (!collection) return;
  const children = await collection.find({ selector: { [field]: { $in: parents } } }).exec();
  await purge(db, name, children.map((c) => c.primary));
}

/**
 * Documents that left the user's view, as a pull announced them. Resolves how many wait for a push.
 * A child whose parent is here stays: it leaves with its parent. The server may not hold that
 * parent yet (a note pushed before its new work order) and so calls the child out of view.
 */
export async function removeFromView(ctx: SyncContext, ids: string[]): Promise<number> {
  const link = childOf[ctx.name];
  if (!link || !openCollection(ctx.db, link.parent)) return purge(ctx.db, ctx.name, ids);
  const children = [...(await readStored(ctx.collection, ids)).values()];
  const staying = new Set((await withParentHere(ctx, children)).map((c) => c.id as string));
  backInView(ctx, [...staying]);
  return purge(ctx.db, ctx.name, ids.filter((id) => !staying.has(id)));
}

/** After a push: what stayed out of view only for its change goes now, unless it still waits. */
export async function leaveAfterPush(ctx: SyncContext): Promise<void> {
  const waiting = leavingOf(ctx.db, ctx.name);
  if (waiting.size > 0) await removeFromView(ctx, [...waiting]);
}

/** Documents a pull brought, or that stay with their parent: in the view, not leaving. */
export function backInView(ctx: SyncContext, ids: readonly string[]): void {
  const waiting = leavingOf(ctx.db, ctx.name);
  for (const id of ids) waiting.delete(id);
}

/** After a pull from the start: what is held here that the pull did not bring. */
export async function heldUnseen(ctx: SyncContext, seen: ReadonlySet<string>): Promise<WireDoc[]> {
  const held = await ctx.collection.find().exec();
  return held.filter((d) => !seen.has(d.primary)).map((d) => d.toMutableJSON() as WireDoc);
}

/**
 * After a pull from the start: these documents it did not bring are no longer in the user's view
 * (or no longer exist on this server); they go, except what waits to be pushed.
 */
export async function dropUnseen(ctx: SyncContext, ids: string[]): Promise<number> {
  return purge(ctx.db, ctx.name, ids);
}

/**
 * The documents of a child collection whose parent is on this device: a child of a parent not
 * (or no longer) here is not stored, since its parent's arrival fetches it again (catch-up).
 */
export async function withParentHere(ctx: SyncContext, docs: WireDoc[]): Promise<WireDoc[]> {
  const link = childOf[ctx.name];
  if (!link || docs.length === 0) return docs;
  const parents = openCollection(ctx.db, link.parent);
  if (!parents) return docs;
  const here = await readStored(parents, [...new Set(docs.map((d) => d[link.field] as string))]);
  return docs.filter((d) => here.has(d[link.field] as string));
}

