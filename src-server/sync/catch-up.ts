import type { CollectionName } from '@shared/schema/collections';
import type { CatchUpResponse } from '@shared/sync/protocol';
import { childOf } from '@shared/sync/views';
import type { Database } from '../db/database';
import type { Actor } from '@shared/domain/access';
import { readFilter } from './read-filters';
import { RequestError } from './request-error';

/**
 * Every document of the child collection under `parents` that `reader` may see, whatever its
 * sequence: what a device missed of parents that just entered its view (their children were
 * stored, and passed by its checkpoint, while it could not see them).
 */
export async function catchUp(
  db: Database,
  collection: CollectionName,
  parents: string[],
  reader: Actor,
  now = new Date(),
): Promise<CatchUpResponse> {
  const link = childOf[collection];
  if (!link) throw new RequestError(404, `${collection} has no parent collection to catch up with`, 'collection');
  if (parents.length === 0) return { documents: [] };
  const filter = readFilter(collection, reader, now, 4);
  const { rows } = await db.query<{ data: Record<string, unknown>; deleted: boolean }>(
    `SELECT d.data, d.deleted FROM documents d
      WHERE d.collection = $1 AND d.data->>$2 = ANY($3) AND ${filter.sql} ORDER BY d.seq`,
    [collection, link.field, parents, ...filter.params],
  );
  return { documents: rows.map((r) => ({ ...r.data, _deleted: r.deleted })) };
}
