import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagedUser } from '@shared/sync/admin-protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { http, loginHttp } from '../../support/api';

let server: TestServer;
let admin: string;
let adminId: string;
const tokens: Record<'technician' | 'supervisor', string> = { technician: '', supervisor: '' };

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  adminId = await createAccount(server.db, 'boss', 'admin');
  await createAccount(server.db, 'tina', 'technician', { level: 1 });
  await createAccount(server.db, 'sam', 'supervisor');
  admin = (await loginHttp(server.url, 'boss')).token;
  tokens.technician = (await loginHttp(server.url, 'tina')).token;
  tokens.supervisor = (await loginHttp(server.url, 'sam')).token;
});
afterAll(() => server.stop());

const newUser = (overrides: Record<string, unknown> = {}) => ({ username: 'oscar', name: 'Oscar Perez', role: 'technician', level: 2, password: 'long enough', ...overrides });

describe('admin routes', () => {
  it('let an admin add a user who signs in at once, with the role and level given', async () => {
    const added = await http(server.url, '/admin/users', { token: admin, body: newUser({ permissions: ['safety-officer'] }) });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ username: 'oscar', name: 'Oscar Perez', role: 'technician', level: 2, permissions: ['safety-officer'], disabled: false });
    const { token, user } = await loginHttp(server.url, 'oscar', 'long enough');
    expect(user).toMatchObject({ name: 'Oscar Perez', role: 'technician' });
    expect((await http(server.url, '/auth/session', { token })).body).toMatchObject({ user: { level: 2, permissions: ['safety-officer'] } });
    const listed = (await http(server.url, '/admin/users', { token: admin })).body as ManagedUser[];
    expect(listed.map((u) => u.username)).toEqual(['boss', 'oscar', 'sam', 'tina']);
  });

  it('record the new user as a users document every device syncs, written by the admin', async () => {
    const { rows } = await server.db.query<{ user_id: string; after: { username: string } }>(
      "SELECT user_id, after FROM audit_events WHERE collection = 'users' AND after->>'username' = 'oscar'",
    );
    expect(rows).toEqual([expect.objectContaining({ user_id: adminId })]);
  });

  it('refuse a user name already taken with 409', async () => {
    expect(await http(server.url, '/admin/users', { token: admin, body: newUser({ username: 'tina' }) })).toEqual({
      status: 409,
      body: { error: 'the user name tina is already taken', field: 'username' },
    });
  });

  it.each([
    ['a user name with spaces', newUser({ username: 'Oscar P' }), 'username', /lowercase letters/],
    ['a short password', newUser({ username: 'p1', password: 'short' }), 'password', /8 to 200 characters/],
    ['an unknown role', newUser({ username: 'p2', role: 'janitor' }), 'role', /technician, supervisor, admin/],
    ['level 4', newUser({ username: 'p3', level: 4 }), 'level', /1, 2 or 3/],
    ['no name', { ...newUser({ username: 'p4' }), name: undefined }, 'name', /name is required/],
    ['an unknown permission', newUser({ username: 'p5', permissions: ['root'] }), 'permissions', /safety-officer/],
    ['an unknown field', newUser({ username: 'p6', salary: 1 }), 'salary', /not a known field/],
  ])('refuse %s with 400 naming the field', async (_, body, field, message) => {
    const answer = await http(server.url, '/admin/users', { token: admin, body });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: expect.stringMatching(message), field });
  });

  it('refuse a change that says nothing, or names a user that does not exist', async () => {
    const tina = await idOf('tina');
    expect((await http(server.url, `/admin/users/${tina}`, { method: 'PATCH', token: admin, body: {} })).status).toBe(400);
    expect((await http(server.url, '/admin/users/nobody', { method: 'PATCH', token: admin, body: { disabled: true } })).status).toBe(404);
    expect((await http(server.url, '/admin/users/nobody/password', { token: admin, body: { password: 'long enough' } })).status).toBe(404);
  });

  it('keep an admin from disabling their own account', async () => {
    const answer = await http(server.url, `/admin/users/${adminId}`, { method: 'PATCH', token: admin, body: { disabled: true } });
    expect(answer).toMatchObject({ status: 400, body: { field: 'disabled' } });
    expect((await http(server.url, '/auth/session', { token: admin })).status).toBe(200);
  });

  it('reset a password: the old one and the old sessions stop working', async () => {
    const { token } = await loginHttp(server.url, 'tina');
    const tina = await idOf('tina');
    expect((await http(server.url, `/admin/users/${tina}/password`, { token: admin, body: { password: 'brand new one' } })).status).toBe(200);
    expect((await http(server.url, '/auth/session', { token })).status).toBe(401);
    expect((await http(server.url, '/auth/login', { body: { username: 'tina', password: 'fielddesk' } })).status).toBe(401);
    tokens.technician = (await loginHttp(server.url, 'tina', 'brand new one')).token;
  });

  it('grant and revoke a permission, which the session of that user carries at once', async () => {
    const id = await createAccount(server.db, 'safety', 'technician');
    const { token } = await loginHttp(server.url, 'safety');
    await http(server.url, `/admin/users/${id}`, { method: 'PATCH', token: admin, body: { permissions: ['safety-officer'] } });
    expect((await http(server.url, '/auth/session', { token })).body).toMatchObject({ user: { permissions: ['safety-officer'] } });
    await http(server.url, `/admin/users/${id}`, { method: 'PATCH', token: admin, body: { permissions: [] } });
    expect((await http(server.url, '/auth/session', { token })).body).toMatchObject({ user: { permissions: [] } });
  });

  it('change a role in the users document, and the same session acts with the new role at once', async () => {
    const sam = await createAccount(server.db, 'promoted', 'technician', { level: 1 });
    const { token } = await loginHttp(server.url, 'promoted');
    expect((await http(server.url, '/admin/users', { token })).status).toBe(403);
    const changed = await http(server.url, `/admin/users/${sam}`, { method: 'PATCH', token: admin, body: { role: 'admin' } });
    expect(changed.body).toMatchObject({ role: 'admin' });
    expect((await http(server.url, '/admin/users', { token })).status).toBe(200);
  });
});

describe('admin routes refuse everyone but admins', () => {
  const calls = [
    ['GET /admin/users', '/admin/users', undefined, undefined],
    ['POST /admin/users', '/admin/users', 'POST', newUser({ username: 'sneaky' })],
    ['PATCH /admin/users/:id', '/admin/users/ID', 'PATCH', { disabled: true }],
    ['POST /admin/users/:id/password', '/admin/users/ID/password', 'POST', { password: 'taken over' }],
  ] as const;

  it.each(calls.flatMap(([what, path, method, body]) => (['technician', 'supervisor'] as const).map((role) => [role, what, path, method, body] as const)))(
    '%s: %s answers 403 and changes nothing',
    async (role, _what, path, method, body) => {
      const target = await idOf('sam');
      const answer = await http(server.url, path.replace('ID', target), { token: tokens[role], method, body });
      expect(answer).toEqual({ status: 403, body: { error: 'only an admin may manage user accounts' } });
      expect((await http(server.url, '/auth/login', { body: { username: 'sneaky', password: 'long enough' } })).status).toBe(401);
      expect((await http(server.url, '/auth/session', { token: tokens.supervisor })).status).toBe(200);
    },
  );

  it('answers 401 without a session', async () => {
    expect((await http(server.url, '/admin/users')).status).toBe(401);
  });
});

async function idOf(username: string): Promise<string> {
  const { rows } = await server.db.query<{ user_id: string }>('SELECT user_id FROM accounts WHERE username = $1', [username]);
  const id = rows[0]?.user_id;
  if (!id) throw new Error(`no account ${username}`);
  return id;
}
