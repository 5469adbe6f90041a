import type { CollectionName } from '@shared/schema/collections';
import type { Sql } from '../db/database';
import { changesChannel } from './document-store';

/**
 * Locks `collection`'s sequence counter until the transaction ends and resolves its value: every
 * writer of a collection takes it first, so sequence numbers are handed out in commit order.
 */
export async function lockSequence(tx: Sql, collection: CollectionName): Promise<number> {
  await tx.query('INSERT INTO collection_seq (collection, seq) VALUES ($1, 0) ON CONFLICT DO NOTHING', [collection]);
  const { rows } = await tx.query<{ seq: string }>('SELECT seq FROM collection_seq WHERE collection = $1 FOR UPDATE', [collection]);
  return Number(rows[0]?.seq ?? 0);
}

/** Moves the counter to `seq` and tells every server's live streams (delivered on commit). */
export async function advanceSequence(tx: Sql, collection: CollectionName, seq: number): Promise<void> {
  await tx.query('UPDATE collection_seq SET seq = $2 WHERE collection = $1', [collection, seq]);
  await tx.query('SELECT pg_notify($1, $2)', [changesChannel, JSON.stringify({ collection, seq })]);
}
