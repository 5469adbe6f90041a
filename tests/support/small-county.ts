import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Seeds the demo county's people and sites with `assets` assets and `workOrders` of its work orders
 * (none unless named) into `dataDir` (./seed-small-county.ts).
 */
export function seedSmallCounty(dataDir: string, assets: number, workOrders = 0): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/seed-small-county.ts', dataDir, String(assets), String(workOrders)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding failed:\n${output}`))));
  });
}
