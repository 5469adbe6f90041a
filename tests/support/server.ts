import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startServer, type RunningServer } from '../../src-server/server';
import type { ServerSettings } from '../../src-server/settings';
import { testHashCost } from './test-hash-cost';

export type TestServer = RunningServer & {
  dataDir: string;
  databaseUrl?: string;
  stop(): Promise<void>;
  /** Closes this server and starts another on the same database (a restart); stop that one instead. */
  restart(settings?: Partial<ServerSettings>): Promise<TestServer>;
};

/** A fresh database on the PostgreSQL at TEST_DATABASE_URL, dropped by the returned function. */
export async function createTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `fielddesk_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Production limits, except two the tests may change (DECISIONS.md, "Limits are settings"): a low
 * hashing cost, and a per-address sign-in limit no suite reaches, as every test client is 127.0.0.1.
 */
export const testSettings: Partial<ServerSettings> = { passwordHashCost: testHashCost, signInFailuresPerAddress: 100_000 };

/**
 * A real central server on 127.0.0.1 with a fresh database: PGlite in a temporary folder, or a new
 * database on the PostgreSQL at TEST_DATABASE_URL (CI runs the integration suite once each way).
 * The demo county is seeded unless `demo: false`.
 */
export async function startTestServer(
  options: { demo?: boolean; dataDir?: string; port?: number; settings?: Partial<ServerSettings>; now?: () => Date } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fielddesk-test-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  const database = adminUrl ? await createTestDatabase(adminUrl) : undefined;
  const start = (demo: boolean, settings?: Partial<ServerSettings>) =>
    startServer({ port: options.port ?? 0, host: '127.0.0.1', dataDir, databaseUrl: database?.url, demo, settings: { ...testSettings, ...settings }, now: options.now });
  const wrap = (server: RunningServer): TestServer => ({
    ...server,
    dataDir,
    databaseUrl: database?.url,
    async stop() {
      await server.close();
      await database?.drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    async restart(settings) {
      await server.close();
      return wrap(await start(false, settings ?? options.settings));
    },
  });
  try {
    return wrap(await start(options.demo ?? true, options.settings));
  } catch (error) {
    // A server that refuses to start leaves no database or folder behind.
    await database?.drop();
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
