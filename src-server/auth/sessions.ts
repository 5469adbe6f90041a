import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database';
import type { SessionUser } from '@shared/sync/protocol';
import { decoyHash, verifyPassword } from './passwords';

export type AuthenticatedUser = SessionUser & { device: string };

/** Sessions last two weeks: long enough for a field trip without network, short enough to limit a lost laptop. */
export const sessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function login(
  db: Database,
  input: { username: string; password: string; device: string },
  lifetimeMs = sessionLifetimeMs,
): Promise<{ token: string; expiresAt: string; user: SessionUser } | null> {
  const { rows } = await db.query<{ user_id: string; password_hash: string; role: SessionUser['role']; name: string }>(
    `SELECT a.user_id, a.password_hash, a.role, d.data->>'name' AS name
       FROM accounts a JOIN documents d ON d.collection = 'users' AND d.id = a.user_id
      WHERE a.username = $1`,
    [input.username],
  );
  const account = rows[0];
  const ok = await verifyPassword(input.password, account?.password_hash ?? decoyHash);
  if (!account || !ok) return null;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + lifetimeMs).toISOString();
  await db.query('INSERT INTO sessions (token_hash, user_id, device, expires_at) VALUES ($1, $2, $3, $4)', [
    hashToken(token), account.user_id, input.device, expiresAt,
  ]);
  return { token, expiresAt, user: { id: account.user_id, name: account.name, role: account.role, username: input.username } };
}

/** The user behind a bearer token, or null when it is unknown or expired. */
export async function authenticate(db: Database, token: string): Promise<AuthenticatedUser | null> {
  const { rows } = await db.query<{ user_id: string; role: SessionUser['role']; name: string; username: string; device: string }>(
    `SELECT s.user_id, a.role, a.username, s.device, d.data->>'name' AS name
       FROM sessions s
       JOIN accounts a ON a.user_id = s.user_id
       JOIN documents d ON d.collection = 'users' AND d.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { id: row.user_id, role: row.role, name: row.name, username: row.username, device: row.device } : null;
}

export async function logout(db: Database, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}
