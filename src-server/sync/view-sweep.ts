import { recentWorkDays } from '@shared/domain/access';
import type { Database } from '../db/database';
import { touchAttachmentsOf } from './attachment-touch';
import { advanceSequence, lockSequence } from './sequence';

/**
 * Time alone takes a finished work order out of its technician's view (the 90-day window), with no
 * write to carry the exit to their device. The sweep gives every work order that has just passed
 * the window a new sequence number, unchanged: each reader's next pull then meets it again and,
 * for whom it is now out of view, removes it. `view_exits` remembers what was swept (at which
 * edit), so a work order is swept once per crossing. Resolves how many were swept.
 */
export async function sweepViews(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - recentWorkDays * 86_400_000).toISOString();
  return db.transaction(async (tx) => {
    const base = await lockSequence(tx, 'work-orders');
    const { rows } = await tx.query<{ id: string }>(
      `WITH aged AS (
         SELECT d.id, d.data->>'updatedAt' AS updated_at, row_number() OVER (ORDER BY d.seq) AS n FROM documents d
          WHERE d.collection = 'work-orders' AND d.data->>'status' IN ('closed', 'cancelled') AND d.data->>'updatedAt' < $1
            AND NOT EXISTS (SELECT 1 FROM view_exits v WHERE v.collection = 'work-orders' AND v.id = d.id AND v.updated_at = d.data->>'updatedAt')
       ), bumped AS (
         UPDATE documents d SET seq = $2 + aged.n FROM aged WHERE d.collection = 'work-orders' AND d.id = aged.id RETURNING d.id, aged.updated_at
       )
       INSERT INTO view_exits (collection, id, updated_at) SELECT 'work-orders', id, updated_at FROM bumped
       ON CONFLICT (collection, id) DO UPDATE SET updated_at = EXCLUDED.updated_at
       RETURNING id`,
      [cutoff, base],
    );
    if (rows.length > 0) {
      await advanceSequence(tx, 'work-orders', base + rows.length);
      // Their photos and signatures leave with them (attachment-touch.ts).
      await touchAttachmentsOf(tx, 'work-orders', rows.map((r) => r.id));
    }
    return rows.length;
  });
}
