import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '@shared/domain/access';
import type { UserProfile } from '@shared/schema/user.schema';
import type { ManagedUser, NewUser, UserChange } from '@shared/sync/admin-protocol';
import type { WireDoc } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import { push } from '../sync/store-push';
import { RequestError } from '../sync/request-error';
import { hashPassword } from './passwords';
import { endSessions } from './sessions';

/** Who writes when an account is managed: the admin, or the server's own command line. */
export type AccountAuthor = Actor & { device: string };

/** The author of changes made by `npm run create-user` (named so in the audit trail). */
export const commandLineAuthor: AccountAuthor = { id: 'server-command-line', role: 'admin', level: 3, permissions: [], device: 'create-user command' };

const managed = (username: string, doc: UserProfile): ManagedUser => ({
  id: doc.id,
  username,
  name: doc.name,
  role: doc.role,
  level: doc.level,
  permissions: [...(doc.permissions ?? [])],
  disabled: doc.disabled ?? false,
});

/** Every user with an account (deleted ones left out), by user name. */
export async function listUsers(db: Database): Promise<ManagedUser[]> {
  const { rows } = await db.query<{ username: string; data: UserProfile }>(
    `SELECT a.username, d.data FROM accounts a JOIN documents d ON d.collection = 'users' AND d.id = a.user_id
      WHERE NOT d.deleted ORDER BY a.username`,
  );
  return rows.map((r) => managed(r.username, r.data));
}

async function storedUser(db: Database, id: string): Promise<{ username: string; doc: WireDoc<UserProfile> } | null> {
  const { rows } = await db.query<{ username: string; data: UserProfile }>(
    `SELECT a.username, d.data FROM accounts a JOIN documents d ON d.collection = 'users' AND d.id = a.user_id
      WHERE a.user_id = $1 AND NOT d.deleted`,
    [id],
  );
  const row = rows[0];
  return row ? { username: row.username, doc: { ...row.data, _deleted: false } } : null;
}

/** Writes a users document through the document store, so it is validated, audited and synced. */
async function writeProfile(db: Database, author: AccountAuthor, before: WireDoc<UserProfile> | null, after: WireDoc<UserProfile>): Promise<void> {
  const conflicts = await push(db, 'users', [{ assumedMasterState: before, newDocumentState: after }], author);
  if (conflicts.length > 0) throw new RequestError(409, 'this user was changed meanwhile: reload and try again', 'id', after.id);
}

/**
 * Adds a user: credentials in `accounts` first (its unique user name settles a race), then the
 * users document. An account without its document cannot sign in, and is removed if the second
 * step fails.
 */
export async function createUser(db: Database, input: NewUser, options: { author: AccountAuthor; hashCost: number }): Promise<ManagedUser> {
  const id = uuidv7();
  const hash = await hashPassword(input.password, options.hashCost);
  const inserted = await db.query<{ user_id: string }>(
    'INSERT INTO accounts (user_id, username, password_hash) VALUES ($1, $2, $3) ON CONFLICT (username) DO NOTHING RETURNING user_id',
    [id, input.username, hash],
  );
  if (inserted.rows.length === 0) throw new RequestError(409, `the user name ${input.username} is already taken`, 'username');
  const doc: WireDoc<UserProfile> = {
    id,
    username: input.username,
    name: input.name.trim(),
    role: input.role,
    level: input.level,
    permissions: [...(input.permissions ?? [])],
    updatedAt: new Date().toISOString(),
    _deleted: false,
  };
  try {
    await writeProfile(db, options.author, null, doc);
  } catch (error) {
    await db.query('DELETE FROM accounts WHERE user_id = $1', [id]);
    throw error;
  }
  return managed(input.username, doc);
}

/** Changes a user's profile; disabling ends their sessions at once. Null when there is no such user. */
export async function changeUser(db: Database, id: string, change: UserChange, author: AccountAuthor): Promise<ManagedUser | null> {
  const stored = await storedUser(db, id);
  if (!stored) return null;
  if (id === author.id && (change.disabled === true || (change.role !== undefined && change.role !== 'admin'))) {
    throw new RequestError(400, 'you cannot disable your own account or give up your own admin role: ask another admin', change.disabled ? 'disabled' : 'role');
  }
  const { _deleted, ...profile } = stored.doc;
  const next: WireDoc<UserProfile> = { ...profile, ...change, updatedAt: new Date().toISOString(), _deleted: false };
  if (change.name !== undefined) next.name = change.name.trim();
  if (next.disabled === false) delete next.disabled;
  await writeProfile(db, author, stored.doc, next);
  if (next.disabled) await endSessions(db, id);
  return managed(stored.username, next);
}

/** Sets a new password and ends the user's sessions; false when there is no such user. */
export async function resetPassword(db: Database, id: string, password: string, hashCost: number): Promise<boolean> {
  const hash = await hashPassword(password, hashCost);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query('UPDATE accounts SET password_hash = $2 WHERE user_id = $1 RETURNING user_id', [id, hash]);
    if (rows.length === 0) return false;
    await endSessions(tx, id);
    return true;
  });
}
