import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { http, loginHttp } from '../../support/api';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, settings: { passwordHashCost: 13 } });
  await createAccount(server.db, 'old', 'technician', { hashCost: 11 });
  await createAccount(server.db, 'strong', 'technician', { hashCost: 14 });
});
afterAll(() => server.stop());

const storedHash = async (username: string) =>
  (await server.db.query<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE username = $1', [username])).rows[0]?.password_hash ?? '';

describe('stored password hashes', () => {
  it('made at a lower cost than the server asks are upgraded at the next successful sign-in', async () => {
    expect(await storedHash('old')).toMatch(/^scrypt\$2048\$8\$1\$/);
    expect((await http(server.url, '/auth/login', { body: { username: 'old', password: 'wrong' } })).status).toBe(401);
    expect(await storedHash('old')).toMatch(/^scrypt\$2048\$/);

    await loginHttp(server.url, 'old');
    expect(await storedHash('old')).toMatch(/^scrypt\$8192\$8\$1\$/);
    expect((await loginHttp(server.url, 'old')).user.username).toBe('old');
    expect((await http(server.url, '/auth/login', { body: { username: 'old', password: 'wrong' } })).status).toBe(401);
  });

  it('made at a higher cost are left as they are', async () => {
    const before = await storedHash('strong');
    await loginHttp(server.url, 'strong');
    expect(await storedHash('strong')).toBe(before);
  });
});
