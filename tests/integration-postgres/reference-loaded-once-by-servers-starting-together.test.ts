import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src-server/server';
import { createTestDatabase, testSettings } from '../support/server';
import { shippedEntries } from '../support/reference';

// Needs PostgreSQL (two servers cannot share PGlite): runs under scripts/with-postgres.mjs.
const adminUrl = process.env.TEST_DATABASE_URL ?? '';
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
const servers: RunningServer[] = [];
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await database?.drop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('servers starting at once on one fresh PostgreSQL', () => {
  it('all start, and each shipped reference version is stored once, under its own sequence number', async () => {
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: run through scripts/with-postgres.mjs');
    database = await createTestDatabase(adminUrl);
    const start = () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'fd-together-'));
      folders.push(dataDir);
      return startServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: database?.url, demo: false, settings: testSettings });
    };
    servers.push(...(await Promise.all([start(), start(), start()])));
    const { rows } = await servers[0]!.db.query<{ n: string; seqs: string }>(
      "SELECT count(*) AS n, count(DISTINCT seq) AS seqs FROM documents WHERE collection = 'reference'",
    );
    expect([Number(rows[0]?.n), Number(rows[0]?.seqs)]).toEqual([shippedEntries().length, shippedEntries().length]);
  });
});
