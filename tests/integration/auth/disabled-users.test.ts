import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireDoc } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { eventually, gatewayFor, http, loginHttp } from '../../support/api';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await createAccount(server.db, 'boss', 'admin');
  admin = (await loginHttp(server.url, 'boss')).token;
});
afterAll(() => server.stop());

const signIn = (username: string) => http(server.url, '/auth/login', { body: { username, password: 'fielddesk' } });

async function storedUser(id: string): Promise<WireDoc> {
  const { rows } = await server.db.query<{ data: Record<string, unknown> }>("SELECT data FROM documents WHERE collection = 'users' AND id = $1", [id]);
  if (!rows[0]) throw new Error(`no users document ${id}`);
  return { ...rows[0].data, _deleted: false };
}

/** An admin's push of a users document, as any admin device syncs it. */
async function pushUser(before: WireDoc, after: WireDoc): Promise<void> {
  const answer = await http(server.url, '/sync/users/push', { token: admin, body: [{ assumedMasterState: before, newDocumentState: after }] });
  expect(answer).toEqual({ status: 200, body: [] });
}

describe('a disabled user', () => {
  it('is signed out at their next request and cannot sign in; enabled again, they sign in afresh', async () => {
    const id = await createAccount(server.db, 'dana', 'technician');
    const { token } = await loginHttp(server.url, 'dana');
    expect((await http(server.url, `/admin/users/${id}`, { method: 'PATCH', token: admin, body: { disabled: true } })).body).toMatchObject({ disabled: true });

    expect((await http(server.url, '/sync/work-orders/pull?seq=0', { token })).status).toBe(401);
    expect(await signIn('dana')).toEqual({ status: 403, body: { error: 'this account is disabled: ask your administrator', field: 'username' } });

    await http(server.url, `/admin/users/${id}`, { method: 'PATCH', token: admin, body: { disabled: false } });
    expect((await http(server.url, '/auth/session', { token })).status).toBe(401);
    expect((await signIn('dana')).status).toBe(200);
  });

  it('is refused the same way when an admin device syncs the users document with disabled set', async () => {
    const id = await createAccount(server.db, 'eli', 'technician');
    const { token } = await loginHttp(server.url, 'eli');
    const before = await storedUser(id);
    await pushUser(before, { ...before, disabled: true, updatedAt: new Date().toISOString() });
    expect((await http(server.url, '/auth/session', { token })).status).toBe(401);
    expect((await signIn('eli')).status).toBe(403);
  });

  it('has their live stream closed, so the device learns the session is over', async () => {
    const id = await createAccount(server.db, 'fay', 'technician');
    const { token } = await loginHttp(server.url, 'fay');
    const stream = await fetch(`${server.url}/sync/stream`, { headers: { authorization: `Bearer ${token}` } });
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no stream body');
    await reader.read();
    await http(server.url, `/admin/users/${id}`, { method: 'PATCH', token: admin, body: { disabled: true } });
    await eventually('the stream ended', async () => (await reader.read()).done, 30_000);
  });
});

describe('a deleted user', () => {
  it('is as unknown as one who never existed, and their sessions end', async () => {
    const id = await createAccount(server.db, 'gus', 'technician');
    const { token } = await loginHttp(server.url, 'gus');
    const before = await storedUser(id);
    await pushUser(before, { ...before, _deleted: true, updatedAt: new Date().toISOString() });
    expect((await http(server.url, '/auth/session', { token })).status).toBe(401);
    expect(await signIn('gus')).toEqual({ status: 401, body: { error: 'wrong username or password' } });
  });
});

describe('the admin channels of FieldDeskApi', () => {
  it('add, disable and reset users for an admin, and are forbidden to anyone else', async () => {
    const gateway = await gatewayFor(server.url, 'boss');
    const added = await gateway['admin:add-user']({ username: 'hana', name: 'Hana Sato', role: 'supervisor', level: 3, password: 'first password' });
    expect(added).toMatchObject({ username: 'hana', role: 'supervisor', disabled: false });
    await gateway['admin:reset-password']({ userId: added.id, password: 'second password' });
    expect((await http(server.url, '/auth/login', { body: { username: 'hana', password: 'second password' } })).status).toBe(200);
    await gateway['admin:change-user']({ userId: added.id, change: { disabled: true } });
    expect((await gateway['admin:list-users']({})).find((u) => u.id === added.id)).toMatchObject({ disabled: true });
    await expect(gateway['admin:add-user']({ username: 'hana', name: 'Again', role: 'technician', level: 1, password: 'whatever1' })).rejects.toMatchObject({
      kind: 'rejected',
      field: 'username',
    });
    gateway.close();

    await createAccount(server.db, 'ivan', 'supervisor');
    const supervisor = await gatewayFor(server.url, 'ivan');
    await expect(supervisor['admin:list-users']({})).rejects.toMatchObject({ kind: 'forbidden' });
    supervisor.close();
  });
});
