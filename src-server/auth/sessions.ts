import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@shared/domain/access';
import type { UserProfile } from '@shared/schema/user.schema';
import type { SessionUser } from '@shared/sync/protocol';
import type { Database, Sql } from '../db/database';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './passwords';

/** A signed-in user as the server knows them: all of it read from their users document. */
export type AuthenticatedUser = SessionUser & Actor & { device: string };

/** Sessions last two weeks: long enough for a field trip without network, short enough to limit a lost laptop. */
export const sessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * What a sign-in came to. A deleted user is as unknown as a user who never existed; a disabled
 * one is told so, but only once their password proved who they are.
 */
export type LoginOutcome =
  | { kind: 'signed-in'; token: string; expiresAt: string; user: SessionUser }
  | { kind: 'wrong-credentials' }
  | { kind: 'disabled' };

/** Whether a stored users document (`data`, `deleted`) may sign in and hold a session. */
export const activeUser = (d: string) => `NOT ${d}.deleted AND coalesce((${d}.data->>'disabled')::boolean, false) = false`;

export async function login(
  db: Database,
  input: { username: string; password: string; device: string },
  options: { hashCost: number; lifetimeMs?: number },
): Promise<LoginOutcome> {
  const { rows } = await db.query<{ user_id: string; password_hash: string; data: UserProfile | null; deleted: boolean | null }>(
    `SELECT a.user_id, a.password_hash, d.data, d.deleted
       FROM accounts a LEFT JOIN documents d ON d.collection = 'users' AND d.id = a.user_id
      WHERE a.username = $1`,
    [input.username],
  );
  const account = rows[0];
  const ok = await verifyPassword(input.password, account?.password_hash ?? (await decoyHash(options.hashCost)));
  if (!account || !ok || !account.data || account.deleted) return { kind: 'wrong-credentials' };
  if (account.data.disabled) return { kind: 'disabled' };
  if (needsRehash(account.password_hash, options.hashCost)) {
    // Only the hash this sign-in checked is replaced: a password reset meanwhile wins.
    await db.query('UPDATE accounts SET password_hash = $3 WHERE user_id = $1 AND password_hash = $2', [
      account.user_id, account.password_hash, await hashPassword(input.password, options.hashCost),
    ]);
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + (options.lifetimeMs ?? sessionLifetimeMs)).toISOString();
  await db.query('INSERT INTO sessions (token_hash, user_id, device, expires_at) VALUES ($1, $2, $3, $4)', [
    hashToken(token), account.user_id, input.device, expiresAt,
  ]);
  const { name, role } = account.data;
  return { kind: 'signed-in', token, expiresAt, user: { id: account.user_id, name, role, username: input.username } };
}

/**
 * The user behind a bearer token, or null when it is unknown, expired, or its user was disabled or
 * deleted since: every request reads the users document, so such a session ends at its next request.
 */
export async function authenticate(db: Database, token: string): Promise<AuthenticatedUser | null> {
  const { rows } = await db.query<{ user_id: string; username: string; device: string; data: UserProfile }>(
    `SELECT s.user_id, a.username, s.device, d.data
       FROM sessions s
       JOIN accounts a ON a.user_id = s.user_id
       JOIN documents d ON d.collection = 'users' AND d.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND ${activeUser('d')}`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  const { name, role, level, permissions = [] } = row.data;
  return { id: row.user_id, name, role, level, permissions, username: row.username, device: row.device };
}

export async function logout(db: Database, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** Ends every session of a user (password reset, disabled). */
export async function endSessions(db: Sql, userId: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

/** Deletes sessions past their expiry: a stolen token of one is useless already, but the rows add up. */
export async function purgeExpiredSessions(db: Sql): Promise<number> {
  const { rows } = await db.query<{ n: string }>('WITH gone AS (DELETE FROM sessions WHERE expires_at <= now() RETURNING 1) SELECT count(*) AS n FROM gone');
  return Number(rows[0]?.n ?? 0);
}
