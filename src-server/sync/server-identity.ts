import type { Database } from '../db/database';

/** The id this server's database was given when it was created (migration 3). */
export async function serverIdentity(db: Database): Promise<string> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM server_identity LIMIT 1');
  const id = rows[0]?.id;
  if (!id) throw new Error('the database has no server identity: migrations did not run');
  return id;
}
