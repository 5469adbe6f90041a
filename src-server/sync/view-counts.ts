import type { CollectionName } from '@shared/schema/collections';
import type { Actor } from '@shared/domain/access';
import type { Database } from '../db/database';
import { readFilter } from './read-filters';

/**
 * How many documents of `collection` `reader` may see now, deleted ones left out: what a device
 * holds once its first sync is done, so it can say "12,400 of 50,000 assets" on the way.
 */
export async function viewCount(db: Database, collection: CollectionName, reader: Actor, now: Date): Promise<number> {
  const filter = readFilter(collection, reader, now, 2);
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM documents d WHERE d.collection = $1 AND NOT d.deleted AND ${filter.sql}`, [
    collection,
    ...filter.params,
  ]);
  return Number(rows[0]?.n ?? 0);
}
