import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { openDatabase, type Database } from './db/database';
import { migrate, underMigrationLock } from './db/migrations';
import { openChangeFeed } from './sync/change-feed';
import { buildApp } from './http/app';
import { isEmpty, seedDemoCounty } from './seed/demo-county';
import { serverIdentity } from './sync/server-identity';
import { sweepViews } from './sync/view-sweep';
import { defaultSettings, type ServerSettings } from './settings';
import { startPurging } from './auth/purge';
import { loadShippedReference, readShippedReference } from './reference/shipped-reference';
import { assignTagKeys, describeDuplicate, type TagKeyDuplicate } from './sync/tag-keys';

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
  /** Limits and switches; anything left out keeps its production default. */
  settings?: Partial<ServerSettings>;
};

export type RunningServer = {
  url: string;
  db: Database;
  settings: ServerSettings;
  /** Assets found at start sharing a tag key (./sync/tag-keys.ts): reported, never a reason not to start. */
  tagKeyDuplicates: TagKeyDuplicate[];
  /** Sweeps now what time took out of a view; resolves how many documents were swept. */
  sweepViews(): Promise<number>;
  close(): Promise<void>;
};

export const defaultDataDir = () => join(homedir(), '.fielddesk', 'server-data');

/**
 * Opens the database, migrates it, loads the shipped reference data it lacks, seeds the demo county
 * if asked and empty, and listens.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const settings: ServerSettings = { ...defaultSettings, ...options.settings };
  const now = options.now ?? (() => new Date());
  // Read before anything opens: a wrong path or a bad file fails the start with the file named.
  const tls = settings.tls ? { cert: readFileSync(settings.tls.certFile), key: readFileSync(settings.tls.keyFile) } : undefined;
  const shipped = readShippedReference(settings.referenceDir, now().toISOString());
  const db = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  await migrate(db);
  await loadShippedReference(db, shipped);
  const tagKeyDuplicates = await underMigrationLock(db, assignTagKeys);
  if (options.demo && (await isEmpty(db))) await seedDemoCounty(db, { hashCost: settings.passwordHashCost });
  const feed = await openChangeFeed(db);
  const sync = { id: await serverIdentity(db), now };
  const app = await buildApp({ db, feed, rendererDir: options.rendererDir, logger: options.logger, settings, tls, sync });
  for (const duplicate of tagKeyDuplicates) app.log.warn(describeDuplicate(duplicate));
  const stopPurging = await startPurging(db, settings, (error) => app.log.error(error));
  const sweep = () => sweepViews(db, now()).catch((error: unknown) => app.log.error(error));
  await sweep();
  const sweeper = setInterval(sweep, options.viewSweepMs ?? 60 * 60 * 1000);
  sweeper.unref();
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    db,
    settings,
    tagKeyDuplicates,
    sweepViews: () => sweepViews(db, now()),
    close: async () => {
      stopPurging();
      clearInterval(sweeper);
      await app.close();
      await feed.close();
      await db.close();
    },
  };
}
