import type { Database } from '../db/database';
import { hashPassword } from './passwords';
import { endSessions } from './sessions';

/** Replaces a user's password and ends their sessions; false when there is no such user. */
export async function setPassword(db: Database, username: string, password: string, hashCost: number): Promise<boolean> {
  const hash = await hashPassword(password, hashCost);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ user_id: string }>('UPDATE accounts SET password_hash = $2 WHERE username = $1 RETURNING user_id', [username, hash]);
    const userId = rows[0]?.user_id;
    if (!userId) return false;
    await endSessions(tx, userId);
    return true;
  });
}
