import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src-server/server';

export type TestServer = RunningServer & { dataDir: string; stop(): Promise<void> };

/**
 * A real central server on 127.0.0.1 with a fresh database: PGlite in a temporary folder, or the
 * PostgreSQL at TEST_DATABASE_URL (CI runs the integration suite once each way).
 */
export async function startTestServer(options: { demo?: boolean; dataDir?: string; port?: number } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fielddesk-test-'));
  const databaseUrl = process.env.TEST_DATABASE_URL || undefined;
  const server = await startServer({ port: options.port ?? 0, host: '127.0.0.1', dataDir, databaseUrl, demo: options.demo ?? true });
  return {
    ...server,
    dataDir,
    async stop() {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
