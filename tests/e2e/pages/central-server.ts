import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { spawnServer, type ServerProcess } from '../../support/server-process';
import { serveRenderer } from '../../support/static-server';
import { freePort } from '../../support/free-port';
import { startNetworkLink, type NetworkLink } from '../../support/network-link';
import { seedSmallCounty } from '../../support/small-county';

export type CentralServer = {
  /** The central server process (replaced by `restart`). */
  server: ServerProcess;
  /** The app shell, served apart from the server so it still loads while the server is down. */
  shell: Awaited<ReturnType<typeof serveRenderer>>;
  /** Starts the server again on the same port and data folder (the network coming back). */
  restart(): Promise<void>;
  /** Stops serving the app's files, or serves them again on the same address (the web host unreachable). */
  stopShell(): Promise<void>;
  startShell(): Promise<void>;
  /** One laptop's own way to the server, to cut while everyone else still reaches it (with `{ links: n }`). */
  links: NetworkLink[];
};

/** The demo county's work orders: a spec given `demoAssets` keeps all of them. */
const demoWorkOrders = 2000;

/**
 * A real central server and the app shell, for every test of one spec file: with the demo county,
 * the demo county with only `demoAssets` of its 20,000 assets (a spec that is not about scale then
 * syncs in seconds, not minutes), or (`demo: false`) with only what `prepare` puts in its data
 * folder before the first start; `links` network links to it, one for each laptop that goes
 * offline on its own.
 */
export function useCentralServer(
  options: { demo?: boolean; demoAssets?: number; prepare?: (dataDir: string) => Promise<void>; links?: number } = {},
): CentralServer {
  const { demoAssets } = options;
  const demo = demoAssets === undefined && (options.demo ?? true);
  const dataDir = mkdtempSync(join(tmpdir(), 'fielddesk-e2e-'));
  // The shell is another origin than the server's, as a Vite dev server is: the server lets it in.
  let shellPort = 0;
  const serverEnv = () => ({ CORS_ORIGINS: `http://127.0.0.1:${shellPort}` });
  const env = {
    async restart() {
      env.server = await spawnServer({ dataDir, port: env.server.port, demo, env: serverEnv() });
    },
    async stopShell() {
      await env.shell.close();
    },
    async startShell() {
      env.shell = await serveShell();
    },
    links: [] as NetworkLink[],
  } as CentralServer;
  const serveShell = () => serveRenderer([env.server.url, ...env.links.map((l) => l.url)], { port: shellPort });
  test.beforeAll(async () => {
    shellPort = await freePort();
    if (demoAssets !== undefined) await seedSmallCounty(dataDir, demoAssets, demoWorkOrders);
    await options.prepare?.(dataDir);
    env.server = await spawnServer({ dataDir, demo, env: serverEnv() });
    for (let i = 0; i < (options.links ?? 0); i++) env.links.push(await startNetworkLink(env.server));
    env.shell = await serveShell();
  });
  test.afterAll(async () => {
    for (const link of env.links) await link.close();
    await env.server?.stop();
    await env.shell?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return env;
}
