import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../../src-server/db/database';
import type { Role } from '@shared/schema/user.schema';
import { hashPassword } from '../../src-server/auth/passwords';
import { bulkLoad } from '../../src-server/seed/bulk-load';

/** Adds an account (the demo county has no admin, for instance); password `fielddesk`. */
export async function createAccount(db: Database, username: string, role: Role): Promise<string> {
  const id = uuidv7();
  await bulkLoad(db, 'users', [{ id, username, name: username, role, level: 3, updatedAt: new Date().toISOString() }]);
  await db.query('INSERT INTO accounts (user_id, username, password_hash, role) VALUES ($1, $2, $3, $4)', [id, username, await hashPassword('fielddesk'), role]);
  return id;
}
