import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Where each import of a file points: a package name, or a folder of this repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return specifiers.map((s) => {
    if (s.startsWith('@shared/')) return 'src-shared/';
    if (s.startsWith('.')) return `${relative(root, resolve(dirname(file), s))}/`;
    return s;
  });
}

const layer = (target: string) => /^(src-[a-z]+)(\/preload|\/app)?/.exec(target)?.[0] ?? target;

/** ARCHITECTURE.md's table of who may import whom, checked on every source file. */
const rules: { folder: string; forbidden: RegExp; why: string }[] = [
  { folder: 'src-shared', forbidden: /^(src-main|src-renderer|src-server|electron|react|react-dom|dexie|node:|fastify|pg$|@electric-sql)/, why: 'shared code runs everywhere' },
  { folder: 'src-main/app', forbidden: /^(src-renderer|src-server|react)/, why: 'the shell reaches the renderer only over IPC' },
  { folder: 'src-main/preload', forbidden: /^(src-renderer|src-server|src-main\/app|node:|react)/, why: 'the preload exposes the contract and nothing else' },
  { folder: 'src-renderer', forbidden: /^(src-main|src-server|electron|node:|fastify|pg$)/, why: 'the renderer reaches the main process only through FieldDeskApi' },
  { folder: 'src-server', forbidden: /^(src-main|src-renderer|electron|react|rxdb\/plugins\/storage-dexie)/, why: 'the server shares only src-shared' },
];

describe('layer import rules', () => {
  for (const rule of rules) {
    it(`${rule.folder} imports nothing it must not (${rule.why})`, () => {
      const offenders = sourceFiles(join(root, rule.folder)).flatMap((file) =>
        importsOf(file)
          .filter((target) => rule.forbidden.test(layer(target)))
          .map((target) => `${relative(root, file)} -> ${target}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('the preload imports only electron and the shared API contract', () => {
    const targets = sourceFiles(join(root, 'src-main/preload')).flatMap(importsOf);
    expect(targets.filter((t) => !(t === 'electron' || t === 'src-shared/' || t.startsWith('src-main/preload/')))).toEqual([]);
  });
});
