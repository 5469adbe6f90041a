import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../../src-server/db/database';
import type { Role } from '@shared/schema/user.schema';
import { hashPassword } from '../../src-server/auth/passwords';
import { bulkLoad } from '../../src-server/seed/bulk-load';
import { testHashCost } from './test-hash-cost';
import { http, loginHttp } from './api';


/** Adds an account with password `fielddesk`: its role and level live in the users document. */
export async function createAccount(db: Database, username: string, role: Role, options: { level?: number; hashCost?: number } = {}): Promise<string> {
  const id = uuidv7();
  await bulkLoad(db, 'users', [{ id, username, name: username, role, level: options.level ?? 3, updatedAt: new Date().toISOString() }]);
  await db.query('INSERT INTO accounts (user_id, username, password_hash) VALUES ($1, $2, $3)', [id, username, await hashPassword('fielddesk', options.hashCost ?? testHashCost)]);
  return id;
}

/** Grants (or with `granted: false` revokes) the safety-officer permission, as an admin does on the User accounts screen. */
export async function setSafetyOfficer(serverUrl: string, username: string, granted = true): Promise<void> {
  const { token } = await loginHttp(serverUrl, 'admin01');
  const users = (await http(serverUrl, '/admin/users', { token })).body as { id: string; username: string; permissions?: string[] }[];
  const user = users.find((u) => u.username === username);
  if (!user) throw new Error(`no user ${username}`);
  const others = (user.permissions ?? []).filter((p) => p !== 'safety-officer');
  const answer = await http(serverUrl, `/admin/users/${user.id}`, { method: 'PATCH', token, body: { permissions: granted ? [...others, 'safety-officer'] : others } });
  if (answer.status !== 200) throw new Error(`could not change ${username}: ${JSON.stringify(answer.body)}`);
}
