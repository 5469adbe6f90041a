import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { createTestDatabase } from '../../support/server';
import { spawnServer, type ServerProcess } from '../../support/server-process';
import { http, loginHttp } from '../../support/api';

// Each step starts a process of its own (tsx, the database, migrations): slow on a busy machine.
// The command and the server share a database, as on a county's machine: the folder of the
// embedded PGlite (one process at a time), or the PostgreSQL at TEST_DATABASE_URL.
const dataDir = mkdtempSync(join(tmpdir(), 'fd-create-user-'));
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
let env: Record<string, string>;
let server: ServerProcess | undefined;

beforeAll(async () => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  database = adminUrl ? await createTestDatabase(adminUrl) : undefined;
  env = { DATA_DIR: dataDir, ...(database ? { DATABASE_URL: database.url } : {}) };
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run create-user', () => {
  it('adds an admin whose password comes from standard input, hashed at the production cost', async () => {
    const run = await runCli('create-user', ['ada', '--role', 'admin', '--name', 'Ada Lovelace'], { stdin: 'an admin password\n', env });
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('Created ada (Ada Lovelace, admin, level 3)') });
    expect(run.stdout + run.stderr).not.toContain('an admin password');
    const technician = await runCli('create-user', ['ted', '--role', 'technician', '--level', '2'], { stdin: 'a technician password\n', env });
    expect(technician.code).toBe(0);

    server = await spawnServer({ dataDir, demo: false, env });
    const { token, user } = await loginHttp(server.url, 'ada', 'an admin password');
    expect(user).toMatchObject({ name: 'Ada Lovelace', role: 'admin' });
    const listed = await http(server.url, '/admin/users', { token });
    expect(listed.body).toEqual([
      expect.objectContaining({ username: 'ada', role: 'admin', level: 3, disabled: false }),
      expect.objectContaining({ username: 'ted', name: 'ted', role: 'technician', level: 2 }),
    ]);
    await server.stop();
    server = undefined;
  }, 180_000);

  it('stores the hash with OWASP scrypt parameters (N=2^17, r=8, p=1)', async () => {
    const { openDatabase } = await import('../../../src-server/db/database');
    const db = await openDatabase({ dataDir, databaseUrl: env.DATABASE_URL });
    const { rows } = await db.query<{ password_hash: string }>("SELECT password_hash FROM accounts WHERE username = 'ada'");
    await db.close();
    expect(rows[0]?.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it.each([
    ['a user name already taken', ['ada', '--role', 'technician'], 'long enough', 1, /the user name ada is already taken/],
    ['an unknown role', ['bob', '--role', 'janitor'], 'long enough', 2, /role must be one of technician, supervisor, admin/],
    ['a short password', ['bob', '--role', 'technician'], 'short', 2, /password must be 8 to 200 characters/],
    ['no role', ['bob'], 'long enough', 2, /usage: npm run create-user/],
  ])('refuses %s, saying why', async (_, args, password, code, message) => {
    const run = await runCli('create-user', args, { stdin: `${password}\n`, env });
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  }, 120_000);
});
