import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { eventually } from '../../support/api';

/** A sign-in with its status, body and Retry-After header; `via` is the address a proxy forwards for. */
async function signIn(server: TestServer, username: string, password: string, via?: string) {
  const response = await fetch(`${server.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(via ? { 'x-forwarded-for': via } : {}) },
    body: JSON.stringify({ username, password }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, retryAfter: response.headers.get('retry-after') };
}

async function failTimes(server: TestServer, username: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) expect((await signIn(server, username, `wrong-${i}`)).status).toBe(401);
}

describe('sign-in throttling per user name (production limits: 10 failures a minute)', () => {
  let server: TestServer;
  beforeAll(async () => {
    // The production per-address limit too: the point is that it does not bite here.
    server = await startTestServer({ demo: false, settings: { signInFailuresPerAddress: 200 } });
    for (const name of ['ana', 'ben', 'carla', 'dev']) await createAccount(server.db, name, 'technician');
  });
  afterAll(() => server.stop());

  it('answers 429 with Retry-After after ten wrong passwords, even to the right one', async () => {
    await failTimes(server, 'ana', 10);
    const refused = await signIn(server, 'ana', 'fielddesk');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: expect.stringMatching(/^too many failed sign-ins: try again in \d+ seconds$/), field: 'username' });
    const seconds = Number(refused.retryAfter);
    expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 60).toBe(true);
  });

  it('never locks out a colleague signing in from the same address', async () => {
    await failTimes(server, 'ben', 10);
    expect((await signIn(server, 'ben', 'fielddesk')).status).toBe(429);
    expect((await signIn(server, 'carla', 'fielddesk')).status).toBe(200);
  });

  it('counts failures only: any number of good sign-ins leave the user name free', async () => {
    for (let i = 0; i < 12; i += 1) expect((await signIn(server, 'dev', 'fielddesk')).status).toBe(200);
    await failTimes(server, 'dev', 9);
    expect((await signIn(server, 'dev', 'fielddesk')).status).toBe(200);
  });

  it('throttles a user name that does not exist like one that does', async () => {
    await failTimes(server, 'nobody', 10);
    expect((await signIn(server, 'nobody', 'x')).status).toBe(429);
  });
});

describe('sign-in throttling per address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: false, settings: { signInFailuresPerAddress: 6 } });
    await createAccount(server.db, 'ivy', 'technician');
  });
  afterAll(() => server.stop());

  it('stops one machine trying many user names, and tells it when to come back', async () => {
    for (const name of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']) expect((await signIn(server, name, 'guess')).status).toBe(401);
    const refused = await signIn(server, 'ivy', 'fielddesk');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('sign-in throttling behind the county\'s reverse proxy (TRUST_PROXY)', () => {
  const guessFrom = async (server: TestServer, via: string) => {
    for (const name of ['b1', 'b2', 'b3']) expect((await signIn(server, name, 'guess', via)).status).toBe(401);
  };

  it('counts each office by the address the proxy forwards, so one office\'s guesses never lock out another', async () => {
    const server = await startTestServer({ demo: false, settings: { signInFailuresPerAddress: 3, trustedProxies: ['127.0.0.1'] } });
    await createAccount(server.db, 'kim', 'technician');
    await guessFrom(server, '10.1.0.7');
    expect((await signIn(server, 'kim', 'fielddesk', '10.1.0.7')).status).toBe(429);
    expect((await signIn(server, 'kim', 'fielddesk', '10.2.0.9')).status).toBe(200);
    await server.stop();
  });

  it('believes no forwarded address from a machine that is not a trusted proxy', async () => {
    const server = await startTestServer({ demo: false, settings: { signInFailuresPerAddress: 3 } });
    await createAccount(server.db, 'lee', 'technician');
    await guessFrom(server, '10.1.0.7');
    expect((await signIn(server, 'lee', 'fielddesk', '10.2.0.9')).status).toBe(429);
    await server.stop();
  });
});

describe('the end of a throttle', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: false, settings: { signInFailuresPerUser: 3, signInWindowMs: 2_000 } });
    await createAccount(server.db, 'jamal', 'technician');
  });
  afterAll(() => server.stop());

  it('lets the user in once the failures leave the window', async () => {
    await failTimes(server, 'jamal', 3);
    const refused = await signIn(server, 'jamal', 'fielddesk');
    expect(refused).toMatchObject({ status: 429, retryAfter: expect.stringMatching(/^[12]$/) });
    await eventually('sign-in allowed again', async () => (await signIn(server, 'jamal', 'fielddesk')).status === 200, 10_000);
  });
});
