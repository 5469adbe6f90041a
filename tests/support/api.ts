import type { LoginResponse } from '@shared/sync/protocol';
import { createGateway, type Gateway } from '@shared/sync/gateway';
import { memorySessionStore } from '@shared/sync/session-store';

/** Plain HTTP against the server, for checking what it stored independently of any client. */
export async function http(baseUrl: string, path: string, init: { method?: string; token?: string; body?: unknown; rawBody?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.rawBody !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined && init.rawBody === undefined ? 'GET' : 'POST'),
    headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

export async function loginHttp(baseUrl: string, username: string, password = 'fielddesk'): Promise<LoginResponse> {
  const answer = await http(baseUrl, '/auth/login', { body: { username, password } });
  if (answer.status !== 200) throw new Error(`login ${username} failed: ${answer.status}`);
  return answer.body as LoginResponse;
}

/** The real gateway in Node, signed in as `username`; close it when done. */
export async function gatewayFor(baseUrl: string, username: string, device = `test-${username}`): Promise<Gateway> {
  const gateway = createGateway({ fetch, store: memorySessionStore(), device, staleAfterMs: 60_000 });
  await gateway.start();
  await gateway['auth:login']({ serverUrl: baseUrl, username, password: 'fielddesk' });
  return gateway;
}

/** Resolves when `predicate` holds, polling; rejects with `what` after `ms`. */
export async function eventually<T>(what: string, probe: () => Promise<T> | T, ms = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
