import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../../src-server/db/database';
import type { Role } from '@shared/schema/user.schema';
import { hashPassword } from '../../src-server/auth/passwords';
import { bulkLoad } from '../../src-server/seed/bulk-load';
import { testHashCost } from './test-hash-cost';


/** Adds an account with password `fielddesk`: its role and level live in the users document. */
export async function createAccount(db: Database, username: string, role: Role, options: { level?: number; hashCost?: number } = {}): Promise<string> {
  const id = uuidv7();
  await bulkLoad(db, 'users', [{ id, username, name: username, role, level: options.level ?? 3, updatedAt: new Date().toISOString() }]);
  await db.query('INSERT INTO accounts (user_id, username, password_hash) VALUES ($1, $2, $3)', [id, username, await hashPassword('fielddesk', options.hashCost ?? testHashCost)]);
  return id;
}
