import type { Database } from '../db/database';
import type { CollectionName } from '@shared/schema/collections';
import { assignTagKeys } from '../sync/tag-keys';
import { lockSequence } from '../sync/sequence';

/** Loads many documents in large statements (seeding only: no conflict checks, no audit). */
export async function bulkLoad(db: Database, collection: CollectionName, docs: readonly object[]): Promise<void> {
  const chunk = 1000;
  await db.transaction(async (tx) => {
    let seq = await lockSequence(tx, collection);
    for (let i = 0; i < docs.length; i += chunk) {
      const part = docs.slice(i, i + chunk);
      await tx.query(
        `INSERT INTO documents (collection, id, seq, data, deleted)
         SELECT $1, e->>'id', $2 + t.ord, e, false FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(e, ord)`,
        [collection, seq, JSON.stringify(part)],
      );
      seq += part.length;
    }
    await tx.query('UPDATE collection_seq SET seq = $2 WHERE collection = $1', [collection, seq]);
    if (collection === 'assets') await assignTagKeys(tx);
  });
}
