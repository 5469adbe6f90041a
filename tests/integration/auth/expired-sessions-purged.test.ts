import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { eventually, http, loginHttp } from '../../support/api';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, settings: { purgeIntervalMs: 60 * 60_000 } });
  await createAccount(server.db, 'kim', 'technician');
});
afterAll(() => server.stop());

const sessionCount = async (db = server.db) => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM sessions')).rows[0]?.n);

/** Signs in twice and backdates the first session past its expiry; returns the live token. */
async function oneExpiredOneLive(): Promise<string> {
  const expired = await loginHttp(server.url, 'kim');
  const live = await loginHttp(server.url, 'kim');
  await server.db.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE expires_at = $1", [expired.expiresAt]);
  return live.token;
}

describe('expired sessions', () => {
  it('are deleted when the server starts, and live ones kept', async () => {
    await server.db.query('DELETE FROM sessions');
    const live = await oneExpiredOneLive();
    expect(await sessionCount()).toBe(2);
    server = await server.restart({ purgeIntervalMs: 60 * 60_000 });
    expect(await sessionCount()).toBe(1);
    expect((await http(server.url, '/auth/session', { token: live })).status).toBe(200);
  });

  it('are deleted periodically while the server runs', async () => {
    server = await server.restart({ purgeIntervalMs: 300 });
    await server.db.query('DELETE FROM sessions');
    const live = await oneExpiredOneLive();
    await eventually('the expired session purged', async () => (await sessionCount()) === 1);
    expect((await http(server.url, '/auth/session', { token: live })).status).toBe(200);
  });
});
