import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';
import { testHashCost } from './test-hash-cost';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type ServerProcess = {
  url: string;
  port: number;
  /** Graceful stop (SIGTERM). */
  stop(): Promise<void>;
  /** Pulls the plug (SIGKILL): no chance to finish requests or close the database. */
  kill(): Promise<void>;
};

/**
 * `npm run server` as its own process, exactly as a county runs it, so a test can stop it and
 * start it again on the same port and data folder (the network going away and coming back).
 * With the demo county (`--demo`) unless `demo: false`; `env` sets any other setting.
 */
export async function spawnServer(options: { dataDir: string; port?: number; demo?: boolean; env?: Record<string, string> }): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts', ...(options.demo === false ? [] : ['--demo'])], {
    cwd: root,
    // A low hashing cost, as startTestServer's, unless the test names one (DECISIONS.md, "Limits are settings").
    env: { ...process.env, PASSWORD_HASH_COST: String(testHashCost), ...options.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: options.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await waitForListening(child);
  let stopping = false;
  // A server that dies on its own mid-test says why, instead of leaving only "connection refused".
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`central server exited unexpectedly (${signal ?? code}):\n${outputOf(child)}\n`);
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, port, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

const outputs = new WeakMap<ChildProcess, { text: string }>();
const outputOf = (child: ChildProcess) => outputs.get(child)?.text.slice(-20_000) ?? '';

function waitForListening(child: ChildProcess): Promise<string> {
  const kept = { text: '' };
  outputs.set(child, kept);
  child.stdout?.on('data', (chunk: Buffer) => (kept.text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (kept.text += chunk.toString()));
  return new Promise((resolve, reject) => {
    let output = '';
    // Seeding the demo county takes over a minute when other work shares the two cores.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /FieldDesk server listening on (https?:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
