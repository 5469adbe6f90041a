import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrations';
import { openChangeFeed } from './sync/change-feed';
import { buildApp } from './http/app';
import { isEmpty, seedDemoCounty } from './seed/demo-county';

export type ServerOptions = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Seed the demo county when the database is empty. */
  demo: boolean;
  rendererDir?: string;
  logger?: FastifyServerOptions['logger'];
};

export type RunningServer = { url: string; db: Database; close(): Promise<void> };

export const defaultDataDir = () => join(homedir(), '.fielddesk', 'server-data');

/** Opens the database, migrates it, seeds the demo county if asked and empty, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  await migrate(db);
  if (options.demo && (await isEmpty(db))) await seedDemoCounty(db);
  const feed = await openChangeFeed(db);
  const app = await buildApp({ db, feed, rendererDir: options.rendererDir, logger: options.logger });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}`,
    db,
    close: async () => {
      await app.close();
      await feed.close();
      await db.close();
    },
  };
}
