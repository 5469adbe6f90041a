import type { CollectionName } from '@shared/schema/collections';
import type { Checkpoint, PullResponse, WireDoc } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import type { Actor } from '@shared/domain/access';
import { readFilter } from './read-filters';
import { viewCount } from './view-counts';

/** NOTIFY channel on which every process announces stored changes (fanned out to live streams). */
export const changesChannel = 'fielddesk_changes';

type Row = { id: string; data: Record<string, unknown>; deleted: boolean; seq: string | number };

const toWire = (row: Pick<Row, 'data' | 'deleted'>): WireDoc => ({ ...row.data, _deleted: row.deleted });

type PulledRow = Partial<Row> & { visible?: boolean; head: string | null };

/**
 * Documents of `collection` stored after `checkpoint` that `reader` may see, in server order, and
 * the ids of those stored after it that `reader` may no longer see: a document that left the view
 * (closed, reassigned) reaches the reader as a removal instead of being skipped, so no stale copy
 * stays on a device. From `seq: 0` the device holds nothing, so nothing is sent to remove.
 * A page that is not full means nothing remains, so the checkpoint moves to the collection's head
 * (read in the same statement, hence the same snapshot), and a progress bar can reach 100 %.
 * A page is also cut before it passes `maxBytes` of documents (always holding at least one), so a
 * page of large documents stays as small as a page of small ones; `more` then says to go on.
 * From `seq: 0` the answer also counts what the reader will hold, for the device's progress bar.
 */
export async function pull(
  db: Database,
  collection: CollectionName,
  checkpoint: Checkpoint,
  limit: number,
  reader: Actor,
  now = new Date(),
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<PullResponse> {
  if (checkpoint.seq > 0 && checkpoint.at !== undefined && !(await inHistory(db, collection, checkpoint))) {
    return { documents: [], checkpoint: { seq: 0 }, reset: true };
  }
  const filter = readFilter(collection, reader, now, 4);
  const onlyVisible = checkpoint.seq === 0 ? `AND ${filter.sql}` : '';
  const { rows } = await db.query<PulledRow>(
    `WITH page AS (
       SELECT d.id, d.data, d.deleted, d.seq, (${filter.sql}) AS visible FROM documents d
        WHERE d.collection = $1 AND d.seq > $2 ${onlyVisible} ORDER BY d.seq LIMIT $3
     )
     SELECT page.id, CASE WHEN page.visible THEN page.data END AS data, page.deleted, page.seq, page.visible,
            (SELECT seq FROM collection_seq WHERE collection = $1) AS head
       FROM (SELECT 1) AS one LEFT JOIN page ON true ORDER BY page.seq`,
    [collection, checkpoint.seq, limit, ...filter.params],
  );
  const fetched = rows.filter((r) => r.seq !== null && r.seq !== undefined) as (Row & { visible: boolean })[];
  const page = withinBytes(fetched, maxBytes);
  const cut = page.length < fetched.length;
  const last = page.at(-1);
  const lastSeq = last ? Number(last.seq) : checkpoint.seq;
  const head = Number(rows[0]?.head ?? 0);
  const more = cut || page.length >= limit;
  const seq = more ? lastSeq : Math.max(lastSeq, head);
  const removed = page.filter((r) => !r.visible).map((r) => r.id);
  return {
    documents: page.filter((r) => r.visible).map(toWire),
    ...(checkpoint.seq === 0 ? { count: await viewCount(db, collection, reader, now) } : {}),
    ...(removed.length > 0 ? { removed } : {}),
    checkpoint: { seq, ...(await documentAt(db, collection, seq, last)) },
    // Never raised to the checkpoint: a head behind the reader's checkpoint tells it the sequence went back.
    head,
    ...(more ? { more } : {}),
  };
}

/**
 * The longest start of `rows` whose documents as sent (an id alone for a removal) fit in
 * `maxBytes`; never empty, so one document larger than the limit still moves, alone.
 */
function withinBytes<T extends Row & { visible: boolean }>(rows: T[], maxBytes: number): T[] {
  if (!Number.isFinite(maxBytes)) return rows;
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as T;
    total += row.visible ? Buffer.byteLength(JSON.stringify(toWire(row))) : row.id.length + 3;
    if (total > maxBytes && i > 0) return rows.slice(0, i);
  }
  return rows;
}

/** Whether the checkpoint's document is still at its sequence or later (it only ever moves up). */
async function inHistory(db: Database, collection: CollectionName, checkpoint: Checkpoint): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM documents WHERE collection = $1 AND id = $2 AND seq >= $3', [collection, checkpoint.at, checkpoint.seq]);
  return rows.length > 0;
}

/** The `at` of a new checkpoint: the document with sequence `seq`, when one has it. */
async function documentAt(db: Database, collection: CollectionName, seq: number, last: Row | undefined): Promise<{ at?: string }> {
  if (seq === 0) return {};
  if (last && Number(last.seq) === seq) return { at: last.id };
  const { rows } = await db.query<{ id: string }>('SELECT id FROM documents WHERE collection = $1 AND seq = $2', [collection, seq]);
  return rows[0] ? { at: rows[0].id } : {};
}

/** Each collection's latest sequence number. */
export async function heads(db: Database): Promise<Partial<Record<CollectionName, number>>> {
  const { rows } = await db.query<{ collection: CollectionName; seq: string }>('SELECT collection, seq FROM collection_seq');
  return Object.fromEntries(rows.map((r) => [r.collection, Number(r.seq)]));
}
