import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';

// A self-signed certificate for 127.0.0.1, made with openssl (Debian has it; node:crypto cannot sign one).
const dir = mkdtempSync(join(tmpdir(), 'fd-tls-'));
const certFile = join(dir, 'cert.pem');
const keyFile = join(dir, 'key.pem');
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
const ca = readFileSync(certFile);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false, settings: { tls: { certFile, keyFile } } });
  await createAccount(server.db, 'tech', 'technician');
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** An HTTPS request that trusts only the test's certificate. */
function httpsJson(path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { ca, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
    req.once('error', reject);
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

describe('with TLS_CERT and TLS_KEY', () => {
  it('serves HTTPS with that certificate, sign-in included', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(await httpsJson('/health')).toMatchObject({ status: 200, body: { ok: true } });
    expect(await httpsJson('/auth/login', { username: 'tech', password: 'fielddesk' })).toMatchObject({ status: 200, body: { user: { username: 'tech' } } });
  });

  it('answers no plain HTTP on that port', async () => {
    await expect(fetch(server.url.replace('https:', 'http:') + '/health')).rejects.toThrow();
  });
});
