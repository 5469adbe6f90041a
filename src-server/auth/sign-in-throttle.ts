import type { Sql } from '../db/database';

/**
 * Failed sign-ins counted over a sliding window, per user name and per address. Only failures
 * count, and each user name has its own budget, so one person's typos never lock out a colleague
 * behind the same office address; the address budget is far larger and stops one machine trying
 * many names. Kept in the database: every server process sharing it counts the same failures.
 */
export type ThrottleLimits = { perUser: number; perAddress: number; windowMs: number };

type Scope = 'user' | 'address';

/** Seconds until `key` may try again, or 0 when it is under its limit. */
async function waitFor(db: Sql, scope: Scope, key: string, limit: number, windowMs: number): Promise<number> {
  // The limit-th most recent failure in the window: once it leaves the window, one more try is allowed.
  const { rows } = await db.query<{ wait: string | number }>(
    `SELECT ceil(extract(epoch FROM (at + $4::float8 * interval '1 millisecond' - now()))) AS wait
       FROM sign_in_failures
      WHERE scope = $1 AND key = $2 AND at > now() - $4::float8 * interval '1 millisecond'
      ORDER BY at DESC OFFSET $3::int - 1 LIMIT 1`,
    [scope, key, limit, windowMs],
  );
  const wait = rows[0] ? Number(rows[0].wait) : 0;
  return rows[0] ? Math.max(1, wait) : 0;
}

/** How long this user name and address must wait before trying again (0: go ahead). */
export async function retryAfterSeconds(db: Sql, username: string, address: string, limits: ThrottleLimits): Promise<number> {
  const [user, byAddress] = await Promise.all([
    waitFor(db, 'user', username, limits.perUser, limits.windowMs),
    waitFor(db, 'address', address, limits.perAddress, limits.windowMs),
  ]);
  return Math.max(user, byAddress);
}

export async function recordFailure(db: Sql, username: string, address: string): Promise<void> {
  await db.query("INSERT INTO sign_in_failures (scope, key) VALUES ('user', $1), ('address', $2)", [username, address]);
}

/** Failures older than the window no longer count for anything. */
export async function purgeOldFailures(db: Sql, windowMs: number): Promise<void> {
  await db.query("DELETE FROM sign_in_failures WHERE at <= now() - $1::float8 * interval '1 millisecond'", [windowMs]);
}
