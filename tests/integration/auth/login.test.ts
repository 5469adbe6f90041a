import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';

let server: TestServer;
beforeAll(async () => void (server = await startTestServer()));
afterAll(() => server.stop());

describe('signing in to the central server', () => {
  it('answers /health without a session', async () => {
    expect((await http(server.url, '/health')).status).toBe(200);
  });

  it('gives a demo technician a token and their profile', async () => {
    const answer = await http(server.url, '/auth/login', { body: { username: 'tech01', password: 'fielddesk' } });
    expect(answer.status).toBe(200);
    const body = answer.body as { token: string; user: { id: string; name: string; role: string } };
    expect(body.token.length).toBeGreaterThan(20);
    expect(body.user).toMatchObject({ name: 'Ana Morales', role: 'technician' });
    const session = await http(server.url, '/auth/session', { token: body.token });
    expect(session.body).toMatchObject({ user: { id: body.user.id, role: 'technician' } });
  });

  it('signs supervisors in with their role', async () => {
    expect((await loginHttp(server.url, 'super01')).user.role).toBe('supervisor');
  });

  it.each([
    ['a wrong password', { username: 'tech01', password: 'wrong' }],
    ['an unknown user', { username: 'nobody', password: 'fielddesk' }],
  ])('refuses %s with 401 and no token', async (_, body) => {
    const answer = await http(server.url, '/auth/login', { body });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: 'wrong username or password' });
  });

  it('names the missing field of a malformed login', async () => {
    const answer = await http(server.url, '/auth/login', { body: { username: 'tech01' } });
    expect(answer).toEqual({ status: 400, body: { error: 'password is required', field: 'password' } });
  });

  it.each(['/sync/work-orders/pull?seq=0', '/auth/session', '/sync/stream'])('answers 401 on %s without a valid token', async (path) => {
    expect((await http(server.url, path)).status).toBe(401);
    expect((await http(server.url, path, { token: 'made-up-token' })).status).toBe(401);
  });

  it('ends a session on logout', async () => {
    const { token } = await loginHttp(server.url, 'tech02');
    expect((await http(server.url, '/auth/logout', { token, body: {} })).status).toBe(200);
    expect((await http(server.url, '/auth/session', { token })).status).toBe(401);
  });
});

describe('changing a password', () => {
  it('lets the user in with the new password only, and ends their old sessions', async () => {
    const { setPassword } = await import('../../../src-server/auth/set-password');
    const { token } = await loginHttp(server.url, 'tech05');
    expect(await setPassword(server.db, 'tech05', 'a new secret', 12)).toBe(true);
    expect((await http(server.url, '/auth/session', { token })).status).toBe(401);
    expect((await http(server.url, '/auth/login', { body: { username: 'tech05', password: 'fielddesk' } })).status).toBe(401);
    expect((await loginHttp(server.url, 'tech05', 'a new secret')).user.name).toBe('Elena Rossi');
    expect(await setPassword(server.db, 'nobody', 'whatever1', 12)).toBe(false);
  });
});
