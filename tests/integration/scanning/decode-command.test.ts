import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelPng } from '../../support/barcode-images';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = 'tests/fixtures/barcodes';

/** Runs `npm run decode -- ...args` as npm would (tsx on scripts/decode.ts), from the repository root. */
function decode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/decode.ts', ...args], { cwd: root, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fd-decode-'));
  // A QR code holding every character the output escapes: tab, line feed, carriage return, backslash.
  writeFileSync(join(dir, 'escapes.png'), await labelPng('a\tb\nc\r\nd\\e', { bcid: 'qrcode', scale: 4 }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run decode', () => {
  it('prints FILE, FORMAT and TEXT for each file in order, with - and no text where nothing is read', async () => {
    const files = [`${fixtures}/code128-168901.png`, `${fixtures}/upca-unread.png`, `${fixtures}/code39-extended.png`, `${fixtures}/datamatrix-c40.png`];
    const run = await decode(files);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `${fixtures}/code128-168901.png\tCode128\t168901`,
      `${fixtures}/upca-unread.png\t-\t`,
      `${fixtures}/code39-extended.png\tCode39Ext\tExtended !?*#`,
      `${fixtures}/datamatrix-c40.png\tDataMatrix\tTesting C40`,
      '',
    ]);
  });

  it('escapes tab, line feed, carriage return and backslash, so a file is always one line', async () => {
    const file = join(dir, 'escapes.png');
    const run = await decode([file]);
    expect(run.stdout).toBe(`${file}\tQRCode\ta\\tb\\nc\\r\\nd\\\\e\n`);
  });

  it('a file that cannot be read keeps its line, is named on stderr, and the command fails after the rest', async () => {
    const run = await decode([join(dir, 'missing.png'), `${fixtures}/code128-168901.png`]);
    expect(run.stdout).toBe(`${join(dir, 'missing.png')}\t-\t\n${fixtures}/code128-168901.png\tCode128\t168901\n`);
    expect(run.stderr).toBe(`${join(dir, 'missing.png')}: no such file\n`);
    expect(run.code).toBe(1);
  });

  it('without files, says how to use it', async () => {
    const run = await decode([]);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'usage: npm run decode -- FILE...\n' });
  });
});
