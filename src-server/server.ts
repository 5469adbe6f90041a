import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrations';
import { openChangeFeed } from './sync/change-feed';
import { buildApp } from './http/app';
import { isEmpty, seedDemoCounty } from './seed/demo-county';
import { serverIdentity } from './sync/server-identity';
import { sweepViews } from './sync/view-sweep';

export type ServerOptions = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Seed the demo county when the database is empty. */
  demo: boolean;
  rendererDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** The server's clock (tests move it to see time-bound rules, such as the 90-day window, act). */
  now?: () => Date;
  /** How often work orders that time took out of a view are swept to their readers. */
  viewSweepMs?: number;
};

export type RunningServer = {
  url: string;
  db: Database;
  /** Sweeps now what time took out of a view; resolves how many documents were swept. */
  sweepViews(): Promise<number>;
  close(): Promise<void>;
};

export const defaultDataDir = () => join(homedir(), '.fielddesk', 'server-data');

/** Opens the database, migrates it, seeds the demo county if asked and empty, and listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  await migrate(db);
  if (options.demo && (await isEmpty(db))) await seedDemoCounty(db);
  const now = options.now ?? (() => new Date());
  const feed = await openChangeFeed(db);
  const sync = { id: await serverIdentity(db), now };
  const app = await buildApp({ db, feed, rendererDir: options.rendererDir, logger: options.logger, sync });
  const sweep = () => sweepViews(db, now()).catch((error: unknown) => app.log.error(error));
  await sweep();
  const sweeper = setInterval(sweep, options.viewSweepMs ?? 60 * 60 * 1000);
  sweeper.unref();
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}`,
    db,
    sweepViews: () => sweepViews(db, now()),
    close: async () => {
      clearInterval(sweeper);
      await app.close();
      await feed.close();
      await db.close();
    },
  };
}
