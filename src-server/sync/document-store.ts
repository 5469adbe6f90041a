import { collections, type CollectionName } from '@shared/schema/collections';
import type { Checkpoint, PullResponse, PushRow, WireDoc } from '@shared/sync/protocol';
import { sameDocument } from '@shared/sync/same-document';
import type { Database, Sql } from '../db/database';
import type { AuthenticatedUser } from '../auth/sessions';

/** NOTIFY channel on which every process announces stored changes (fanned out to live streams). */
export const changesChannel = 'fielddesk_changes';

type Row = { id: string; data: Record<string, unknown>; deleted: boolean; seq: string | number };

const toWire = (row: Pick<Row, 'data' | 'deleted'>): WireDoc => ({ ...row.data, _deleted: row.deleted });

/** Documents of `collection` stored after `checkpoint`, in server order. */
export async function pull(db: Database, collection: CollectionName, checkpoint: Checkpoint, limit: number): Promise<PullResponse> {
  const { rows } = await db.query<Row>(
    'SELECT data, deleted, seq FROM documents WHERE collection = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [collection, checkpoint.seq, limit],
  );
  const last = rows.at(-1);
  return { documents: rows.map(toWire), checkpoint: { seq: last ? Number(last.seq) : checkpoint.seq } };
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
  author: Pick<AuthenticatedUser, 'id' | 'device'>,
): Promise<WireDoc[]> {
  if (rows.length === 0) return [];
  const spec = collections[collection];
  const serverOwned = spec.serverOwned as readonly string[];
  return db.transaction(async (tx) => {
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
        if (spec.appendOnly || !sameDocument(stored, assumedMasterState, serverOwned)) {
          conflicts.push(stored);
          continue;
        }
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
  });
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
