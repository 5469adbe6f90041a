import type { CollectionName } from '@shared/schema/collections';
import type { Checkpoint, PullResponse, WireDoc } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import type { AuthenticatedUser } from '../auth/sessions';
import { readFilter } from './read-filters';

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
  reader: Pick<AuthenticatedUser, 'id' | 'role'>,
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
