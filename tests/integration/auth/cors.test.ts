import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { loginHttp } from '../../support/api';

const devServer = 'http://localhost:5173';
let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ demo: false, settings: { corsOrigins: [devServer] } });
  await createAccount(server.db, 'tech', 'technician');
  token = (await loginHttp(server.url, 'tech')).token;
});
afterAll(() => server.stop());

/** What a browser would ask before a cross-origin push (or an admin's change), and the allow-origin header it got. */
async function preflight(origin: string, method = 'POST', path = '/sync/work-orders/push'): Promise<string | null> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' },
  });
  const methods = response.headers.get('access-control-allow-methods') ?? '';
  return methods.split(',').map((m) => m.trim()).includes(method) ? response.headers.get('access-control-allow-origin') : null;
}

async function allowOriginOf(path: string, origin: string): Promise<string | null> {
  const response = await fetch(`${server.url}${path}`, { headers: { origin, authorization: `Bearer ${token}` } });
  await response.body?.cancel();
  return response.headers.get('access-control-allow-origin');
}

describe('CORS', () => {
  it('gives a page of any other origin no Access-Control-Allow-Origin, so its browser keeps it out', async () => {
    expect(await preflight('https://evil.example')).toBeNull();
    expect(await allowOriginOf('/sync/work-orders/pull?seq=0', 'https://evil.example')).toBeNull();
    expect(await allowOriginOf('/sync/stream', 'https://evil.example')).toBeNull();
  });

  it.each([['the Electron app', 'app://fielddesk'], ['an origin the county listed (a Vite dev server)', devServer]])('lets %s in', async (_, origin) => {
    expect(await preflight(origin)).toBe(origin);
    expect(await preflight(origin, 'PATCH', '/admin/users/some-id')).toBe(origin);
    expect(await allowOriginOf('/sync/work-orders/pull?seq=0', origin)).toBe(origin);
    expect(await allowOriginOf('/sync/stream', origin)).toBe(origin);
  });
});
