import { collections, type CollectionName } from '@shared/schema/collections';
import type { PushRow, WireDoc } from '@shared/sync/protocol';
import { sameDocument } from '@shared/sync/same-document';
import { clampDeviceTimes, deviceTimeFields, isAheadOf, valueAt, withValueAt } from '@shared/domain/device-clock';
import type { Database, Sql } from '../db/database';
import { mayReadStored, type Actor } from '@shared/domain/access';
import { RequestError } from './request-error';
import { isAttachmentOwner, ownerReadersMayChange, touchAttachmentsOf } from './attachment-touch';
import { checkReferences, knownReferences } from './reference-checks';
import { checkChecklistAnswer, knownTemplates } from './checklist-answer-checks';
import { tagKeyOf } from './tag-keys';
import { advanceSequence, lockSequence } from './sequence';
import { createSweeps } from './sweep-creation';

type Author = Actor & { device: string };
type Row = { id: string; data: Record<string, unknown>; deleted: boolean };

const toWire = (row: Pick<Row, 'data' | 'deleted'>): WireDoc => ({ ...row.data, _deleted: row.deleted });

/**
 * Stores the rows whose assumed master state matches the server's copy and returns the server's
 * copy of every other one. Rows already stored (a replayed batch) change nothing and do not conflict.
 * Sequence numbers come from a per-collection counter row locked for the whole transaction, so
 * writers commit in sequence order and a reader can never skip past a change still being written.
 * A refused row refuses the whole batch, naming its document, so the client can set it aside and
 * push the rest. Device times too far ahead are the server's time on arrival (../domain/device-clock).
 */
export async function push(db: Database, collection: CollectionName, rows: PushRow[], author: Author, now = new Date()): Promise<WireDoc[]> {
  if (rows.length === 0) return [];
  return db.transaction((tx) => storeRows(tx, collection, rows, author, now)).catch((error: unknown) => {
    throw duplicateTag(error, rows) ?? error;
  });
}

const tagTaken = (tag: unknown, id: string) => new RequestError(409, `document ${id}: asset tag ${String(tag)} is already used by another asset`, 'tag', id);

/**
 * The unique indexes on asset tags and tag keys, should one fire anyway (a writer that skips the
 * check below, or another server storing the same key at the same moment), still answer 409 naming
 * the field and, when the tag or key in its message is one of the batch's, the row.
 */
function duplicateTag(error: unknown, rows: PushRow[]): RequestError | null {
  const e = error as { code?: string; constraint?: string; message?: string; detail?: string };
  if (e?.code !== '23505' || !(e.constraint?.startsWith('assets_by_tag') || e.message?.includes('assets_by_tag'))) return null;
  const row = rows.find((r) => [String(r.newDocumentState.tag), tagKeyOf(r.newDocumentState.tag, false)].some((t) => e.detail?.includes(`=(${t})`)));
  if (row) return tagTaken(row.newDocumentState.tag, row.newDocumentState.id as string);
  return new RequestError(409, 'this asset tag is already used by another asset', 'tag');
}

async function storeRows(tx: Sql, collection: CollectionName, rows: PushRow[], author: Author, now: Date): Promise<WireDoc[]> {
  const spec = collections[collection];
  const serverOwned = spec.serverOwned as readonly string[];
  const times = deviceTimeFields(spec.schema);
  const base = await lockSequence(tx, collection);
  let seq = base;
  const ids = rows.map((r) => r.newDocumentState.id as string);
  const existing = await tx.query<Row>('SELECT id, data, deleted FROM documents WHERE collection = $1 AND id = ANY($2)', [collection, ids]);
  const current = new Map(existing.rows.map((r) => [r.id, toWire(r)]));
  const tags = collection === 'assets' ? await tagHolders(tx, rows) : null;
  const references = await knownReferences(tx, spec as never, rows);
  const templates = collection === 'work-order-notes' ? await knownTemplates(tx, rows) : null;
  const conflicts: WireDoc[] = [];
  const owner = isAttachmentOwner(collection) ? collection : null;
  const ownersChanged: string[] = [];
  for (const row of rows) {
    const id = row.newDocumentState.id as string;
    const stored = current.get(id);
    const { doc: arrived, clamped } = clampDeviceTimes(row.newDocumentState, times, now);
    // One who may not read the stored copy never receives it, as a conflict or otherwise.
    if (stored && !mayReadStored(spec.read, author, stored)) throw new RequestError(403, `document ${id}: you may not read or change it`, undefined, id);
    if (stored) {
      // A time the server does not believe is no change on its own (nor in a replay of one it clamped).
      if (sameDocument(stored, withStored(arrived, clamped, stored), serverOwned)) continue;
      const edited = spec.appendOnly && !onlyDeleted(stored, arrived);
      if (edited || !sameDocument(stored, believedBase(row.assumedMasterState, stored, times, now), serverOwned)) {
        conflicts.push(stored);
        continue;
      }
    }
    // Throwing rolls back the transaction: nothing of a batch with one refused row is stored.
    const refused = spec.write(author, stored ?? null, arrived as never);
    if (refused) throw new RequestError(403, `document ${id}: ${refused.message}`, refused.field || undefined, id);
    checkReferences(spec as never, references, stored, arrived);
    if (templates) checkChecklistAnswer(templates, stored, arrived);
    const tagKey = tags ? claimTag(tags, stored, arrived) : null;
    const next = await withServerFields(tx, collection, arrived, stored);
    seq += 1;
    const { _deleted, ...data } = next;
    await tx.query(
      `INSERT INTO documents (collection, id, seq, data, deleted, tag_key) VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, data = EXCLUDED.data, deleted = EXCLUDED.deleted, tag_key = EXCLUDED.tag_key`,
      [collection, id, seq, JSON.stringify(data), _deleted, tagKey],
    );
    await tx.query(
      'INSERT INTO audit_events (user_id, device, collection, doc_id, before, after) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
      [author.id, author.device, collection, id, stored ? JSON.stringify(stored) : null, JSON.stringify(next)],
    );
    if (owner && ownerReadersMayChange(owner, stored, next)) ownersChanged.push(id);
    current.set(id, next);
    if (collection === 'inventory') seq = await createSweeps(tx, next, seq, author, now);
  }
  if (seq !== base) await advanceSequence(tx, collection, seq);
  if (owner) await touchAttachmentsOf(tx, owner, ownersChanged);
  return conflicts;
}

/** `doc` with the `fields` the server clamped put back as stored, to ask whether anything else changed. */
function withStored(doc: WireDoc, fields: readonly string[], stored: WireDoc): WireDoc {
  return fields.reduce((next, field) => withValueAt(next, field, valueAt(stored, field)), doc);
}

/**
 * The client's base, with any time too far ahead read as the stored one: such a base can only be
 * this device's own accepted push, which the server stored clamped.
 */
function believedBase(base: WireDoc | null, stored: WireDoc, times: readonly string[], now: Date): WireDoc | null {
  return base && withStored(base, times.filter((f) => isAheadOf(valueAt(base, f), now)), stored);
}

/** Tag key -> the id of the (live) asset holding it, for the keys of the tags this batch stores (./tag-keys.ts). */
async function tagHolders(tx: Sql, rows: PushRow[]): Promise<Map<string, string>> {
  const wanted = rows.flatMap((r) => tagKeyOf(r.newDocumentState.tag, r.newDocumentState._deleted) ?? []);
  const { rows: held } = await tx.query<{ id: string; tag_key: string }>(
    "SELECT id, tag_key FROM documents WHERE collection = 'assets' AND NOT deleted AND tag_key = ANY($1)",
    [wanted],
  );
  return new Map(held.map((r) => [r.tag_key, r.id]));
}

/**
 * The tag key the asset is stored with. Refuses a live asset whose tag's key another live asset
 * holds (409 naming the tag), except an asset that already had that tag when keys came and lost
 * the key to an older one: it keeps no key, and its other edits are stored. Moves the key from
 * the asset's old tag to its new one.
 */
function claimTag(holders: Map<string, string>, stored: WireDoc | undefined, next: WireDoc): string | null {
  const id = next.id as string;
  const key = tagKeyOf(next.tag, next._deleted);
  const holder = key === null ? undefined : holders.get(key);
  if (key !== null && holder !== undefined && holder !== id) {
    if (stored && tagKeyOf(stored.tag, stored._deleted) === key) return null;
    throw tagTaken(next.tag, id);
  }
  const before = stored ? tagKeyOf(stored.tag, stored._deleted) : null;
  if (before !== null && holders.get(before) === id) holders.delete(before);
  if (key !== null) holders.set(key, id);
  return key;
}

/** An append-only document may be deleted (by whoever may delete) but never otherwise changed. */
function onlyDeleted(stored: WireDoc, next: WireDoc): boolean {
  return next._deleted && sameDocument({ ...stored, _deleted: true, updatedAt: '' }, { ...next, updatedAt: '' });
}

/** Server-owned fields always come from the server: kept from its copy, or assigned on first store. */
async function withServerFields(tx: Sql, collection: CollectionName, doc: WireDoc, stored: WireDoc | undefined): Promise<WireDoc> {
  const next: WireDoc = { ...doc };
  for (const field of collections[collection].serverOwned as readonly string[]) {
    if (stored && stored[field] !== undefined) next[field] = stored[field];
    else delete next[field];
  }
  if (collection === 'work-orders' && next.number === undefined) {
    const { rows } = await tx.query<{ n: string }>("SELECT nextval('work_order_number') AS n");
    next.number = Number(rows[0]?.n);
  }
  return next;
}
