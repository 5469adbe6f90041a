import { collections, type CollectionName } from '@shared/schema/collections';
import type { Checkpoint, PullResponse, PushRow, WireDoc } from '@shared/sync/protocol';
import { sameDocument } from '@shared/sync/same-document';
import type { Database, Sql } from '../db/database';
import type { Actor } from '@shared/domain/access';
import { readFilter } from './read-filters';
import { RequestError } from './request-error';

/** NOTIFY channel on which every process announces stored changes (fanned out to live streams). */
export const changesChannel = 'fielddesk_changes';

type Row = { id: string; data: Record<string, unknown>; deleted: boolean; seq: string | number };

const toWire = (row: Pick<Row, 'data' | 'deleted'>): WireDoc => ({ ...row.data, _deleted: row.deleted });

/**
 * Documents of `collection` stored after `checkpoint` that `reader` may see, in server order. A page
 * that is not full means nothing visible remains, so the checkpoint moves to the collection's head
 * (read in the same statement, hence the same snapshot): a reader whose filter skips documents
 * still reaches the end, and a progress bar can reach 100 %.
 */
export async function pull(
  db: Database,
  collection: CollectionName,
  checkpoint: Checkpoint,
  limit: number,
  reader: Actor,
  now = new Date(),
): Promise<PullResponse> {
  const filter = readFilter(collection, reader, now, 4);
  const { rows } = await db.query<Partial<Row> & { head: string | null }>(
    `WITH page AS (
       SELECT d.data, d.deleted, d.seq FROM documents d
        WHERE d.collection = $1 AND d.seq > $2 AND ${filter.sql} ORDER BY d.seq LIMIT $3
     )
     SELECT page.data, page.deleted, page.seq, (SELECT seq FROM collection_seq WHERE collection = $1) AS head
       FROM (SELECT 1) AS one LEFT JOIN page ON true ORDER BY page.seq`,
    [collection, checkpoint.seq, limit, ...filter.params],
  );
  const documents = rows.filter((r) => r.seq !== null && r.seq !== undefined) as Row[];
  const last = documents.at(-1);
  const lastSeq = last ? Number(last.seq) : checkpoint.seq;
  const head = Number(rows[0]?.head ?? 0);
  const seq = documents.length < limit ? Math.max(lastSeq, head) : lastSeq;
  return { documents: documents.map(toWire), checkpoint: { seq }, head: Math.max(head, seq) };
}

/** Each collection's latest sequence number. */
export async function heads(db: Database): Promise<Partial<Record<CollectionName, number>>> {
  const { rows } = await db.query<{ collection: CollectionName; seq: string }>('SELECT collection, seq FROM collection_seq');
  return Object.fromEntries(rows.map((r) => [r.collection, Number(r.seq)]));
}

/**
 * Stores the rows whose assumed master state matches the server's copy and returns the server's
 * copy of every other one. Rows already stored (a replayed batch) change nothing and do not conflict.
 * Sequence numbers come from a per-collection counter row locked for the whole transaction, so
 * writers commit in sequence order and a reader can never skip past a change still being written.
 */
export async function push(
  db: Database,
  collection: CollectionName,
  rows: PushRow[],
  author: Actor & { device: string },
): Promise<WireDoc[]> {
  if (rows.length === 0) return [];
  return db.transaction((tx) => storeRows(tx, collection, rows, author)).catch((error: unknown) => {
    throw duplicateTag(error) ?? error;
  });
}

/** The unique index on asset tags speaks as a 409 naming the field, not as a server failure. */
function duplicateTag(error: unknown): RequestError | null {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23505' || !(e.constraint === 'assets_by_tag' || e.message?.includes('assets_by_tag'))) return null;
  return new RequestError(409, 'this asset tag is already used by another asset', 'tag');
}

async function storeRows(
  tx: Sql,
  collection: CollectionName,
  rows: PushRow[],
  author: Actor & { device: string },
): Promise<WireDoc[]> {
  const spec = collections[collection];
  const serverOwned = spec.serverOwned as readonly string[];
  await tx.query('INSERT INTO collection_seq (collection, seq) VALUES ($1, 0) ON CONFLICT DO NOTHING', [collection]);
  const counter = await tx.query<{ seq: string }>('SELECT seq FROM collection_seq WHERE collection = $1 FOR UPDATE', [collection]);
  let seq = Number(counter.rows[0]?.seq ?? 0);
  const ids = rows.map((r) => r.newDocumentState.id as string);
  const existing = await tx.query<Row>('SELECT id, data, deleted FROM documents WHERE collection = $1 AND id = ANY($2)', [collection, ids]);
  const current = new Map(existing.rows.map((r) => [r.id, toWire(r)]));
  const conflicts: WireDoc[] = [];
  for (const { assumedMasterState, newDocumentState } of rows) {
    const id = newDocumentState.id as string;
    const stored = current.get(id);
    if (stored) {
      if (sameDocument(stored, newDocumentState, serverOwned)) continue;
      const edited = spec.appendOnly && !onlyDeleted(stored, newDocumentState);
      if (edited || !sameDocument(stored, assumedMasterState, serverOwned)) {
        conflicts.push(stored);
        continue;
      }
    }
    // Throwing rolls back the transaction: nothing of a batch with one refused row is stored.
    const refused = spec.write(author, stored ?? null, newDocumentState as never);
    if (refused) {
      const message = `document ${id}: ${refused.message}`;
      throw new RequestError(403, message, refused.field || undefined, id);
    }
    const next = await withServerFields(tx, collection, newDocumentState, stored);
    seq += 1;
    const { _deleted, ...data } = next;
    await tx.query(
      `INSERT INTO documents (collection, id, seq, data, deleted) VALUES ($1, $2, $3, $4::jsonb, $5)
       ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, data = EXCLUDED.data, deleted = EXCLUDED.deleted`,
      [collection, id, seq, JSON.stringify(data), _deleted],
    );
    await tx.query(
      'INSERT INTO audit_events (user_id, device, collection, doc_id, before, after) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
      [author.id, author.device, collection, id, stored ? JSON.stringify(stored) : null, JSON.stringify(next)],
    );
    current.set(id, next);
  }
  if (seq !== Number(counter.rows[0]?.seq ?? 0)) {
    await tx.query('UPDATE collection_seq SET seq = $2 WHERE collection = $1', [collection, seq]);
    await tx.query('SELECT pg_notify($1, $2)', [changesChannel, JSON.stringify({ collection, seq })]);
  }
  return conflicts;
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
