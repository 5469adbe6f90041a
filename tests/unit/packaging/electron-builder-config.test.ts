import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { windowIconFromMain } from '../../../src-main/app/window-options';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);

type TargetList = { target: string; arch?: string[] }[];
type BuilderConfig = {
  appId?: string;
  productName?: string;
  directories?: { output?: string };
  files?: { filter?: string[] }[];
  win?: { target?: TargetList; icon?: string };
  nsis?: { oneClick?: boolean; perMachine?: boolean; installerIcon?: string };
  mac?: { target?: TargetList; icon?: string };
  linux?: { target?: TargetList; icon?: string; maintainer?: string };
};

/**
 * The configuration as electron-builder itself reads it (its loader merges electron-builder.yml
 * with package.json) and checks it (its JSON schema): a key it does not know fails here, not at a
 * county's build. The build itself needs Electron's download, which this machine cannot reach.
 */
async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

const config = await loadConfig();
const targets = (list: TargetList | undefined) => (list ?? []).map((t) => t.target);
const files = (config.files ?? []).flatMap((f) => f.filter ?? []);

describe('the installers (electron-builder configuration)', () => {
  it('names the app: its id and product name', () => {
    expect(config.appId).toBe('us.county.fielddesk');
    expect(config.productName).toBe('FieldDesk');
  });

  it('builds NSIS for Windows, installed per machine (for every user, as IT deploys it)', () => {
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
  });

  it('builds a dmg for macOS and an AppImage and a deb for Linux', () => {
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(targets(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^@\s]+>/);
  });

  it('uses the app icon, and every icon file it names exists', () => {
    const icons = [config.win?.icon, config.nsis?.installerIcon, config.mac?.icon, config.linux?.icon];
    expect(icons).toEqual(['resources/icon.ico', 'resources/icon.ico', 'resources/icon.png', 'resources/icons']);
    for (const icon of icons) expect(existsSync(join(root, icon ?? 'missing'))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(join(root, `resources/icons/${size}x${size}.png`));
      // A PNG's IHDR holds its width and height: each file is the size its name says.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(readFileSync(join(root, 'resources/icon.ico')).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });

  it('packs the built app and the window icon, and writes the installers to dist/', () => {
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json', 'resources/icon.png']));
    expect(config.directories?.output).toBe('dist');
    // The path main.ts gives the window, from out/main/, is the packed icon.
    expect(join('out/main', windowIconFromMain)).toBe(join('resources/icon.png'));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toMatch(/^out\//);
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder/);
  });
});
