import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-server/db/database';
import { createTestDatabase } from '../../support/server';
import { spawnServer, type ServerProcess } from '../../support/server-process';
import { http, loginHttp } from '../../support/api';

// Every test starts `npm run server` as its own process: slow on a busy machine, hence the timeouts.
const folders: string[] = [];
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
let server: ServerProcess | undefined;

/** A fresh, empty database for one server process: a PGlite folder, or a new PostgreSQL database. */
async function freshDatabase(): Promise<{ dataDir: string; env: Record<string, string> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fd-start-'));
  folders.push(dataDir);
  await database?.drop();
  const adminUrl = process.env.TEST_DATABASE_URL;
  database = adminUrl ? await createTestDatabase(adminUrl) : undefined;
  return { dataDir, env: database ? { DATABASE_URL: database.url } : {} };
}

afterEach(async () => {
  await server?.stop();
  server = undefined;
});
afterAll(async () => {
  await database?.drop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('npm run server', () => {
  it('starts with an empty database: no demo accounts, no documents but the shipped reference data', async () => {
    const fresh = await freshDatabase();
    server = await spawnServer({ ...fresh, demo: false });
    expect((await http(server.url, '/auth/login', { body: { username: 'tech01', password: 'fielddesk' } })).status).toBe(401);
    expect((await http(server.url, '/auth/login', { body: { username: 'admin01', password: 'fielddesk' } })).status).toBe(401);
    await server.stop();
    server = undefined;
    const db = await openDatabase({ dataDir: fresh.dataDir, databaseUrl: fresh.env.DATABASE_URL });
    const counts = await db.query<{ accounts: string; documents: string }>(
      "SELECT (SELECT count(*) FROM accounts) AS accounts, (SELECT count(*) FROM documents WHERE collection <> 'reference') AS documents",
    );
    await db.close();
    expect([Number(counts.rows[0]?.accounts), Number(counts.rows[0]?.documents)]).toEqual([0, 0]);
  }, 180_000);

  it('with --demo seeds the demo county, its admin included', async () => {
    server = await spawnServer({ ...(await freshDatabase()), demo: true });
    const admin = await loginHttp(server.url, 'admin01');
    expect(admin.user).toMatchObject({ role: 'admin' });
    expect((await loginHttp(server.url, 'tech01')).user.role).toBe('technician');
    const users = await http(server.url, '/admin/users', { token: admin.token });
    expect((users.body as { username: string }[]).map((u) => u.username)).toEqual(expect.arrayContaining(['admin01', 'super01', 'super02', 'tech12']));
    const workOrders = await http(server.url, '/sync/work-orders/pull?seq=0&limit=1', { token: admin.token });
    expect((workOrders.body as { documents: unknown[] }).documents).toHaveLength(1);
  }, 300_000);

  it('refuses a setting it cannot read, naming it', async () => {
    const { dataDir } = await freshDatabase();
    await expect(spawnServer({ dataDir, demo: false, env: { PASSWORD_HASH_COST: 'high' } })).rejects.toThrow(/PASSWORD_HASH_COST must be a whole number/);
  }, 120_000);
});
