import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels, eventNames } from '@shared/api/contract';
import { contentSecurityPolicy } from '@shared/api/content-security-policy';
import { createBridge } from '../../../src-main/preload/preload-api';
import { mainWindowOptions } from '../../../src-main/app/window-options';
import { resolveAppFile } from '../../../src-main/app/app-protocol';
import { bindIpc, isTrustedSender } from '../../../src-main/app/ipc';
import { encryptedSessionStore } from '../../../src-main/app/encrypted-session-store';

// The Electron binary cannot run here: these check the shell's wiring with ipcMain, ipcRenderer
// and safeStorage replaced by fakes; the real app runs the same modules.
describe('Electron shell wiring (mocked Electron binary)', () => {
  it('opens the window isolated and sandboxed, without Node in the page', () => {
    const { webPreferences, icon } = mainWindowOptions('/app/preload/index.cjs', '/app/resources/icon.png');
    expect(icon).toBe('/app/resources/icon.png');
    expect(webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('exposes exactly the contract channels through the preload, plus on()', async () => {
    const ipc = { invoke: vi.fn(async () => ({ ok: true, value: 1 })), on: vi.fn(), removeListener: vi.fn() };
    const bridge = createBridge(ipc as never);
    expect(Object.keys(bridge).sort()).toEqual([...channels, 'on'].sort());
    await bridge['sync:status']({});
    expect(ipc.invoke).toHaveBeenCalledWith('sync:status', {});
  });

  it('lets the page listen to the contract events only', () => {
    const ipc = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const bridge = createBridge(ipc as never);
    for (const event of eventNames) bridge.on(event, () => undefined)();
    expect(ipc.on).toHaveBeenCalledTimes(eventNames.length);
    expect(ipc.removeListener).toHaveBeenCalledTimes(eventNames.length);
    expect(() => bridge.on('app:quit' as never, () => undefined)).toThrow(/unknown event/);
  });

  it('serves every channel on ipcMain and answers only the app page', async () => {
    const handlers = new Map<string, (event: unknown, arg: unknown) => unknown>();
    const served = Object.fromEntries(channels.map((c) => [c, async () => ({ ok: true, value: c })]));
    bindIpc({ handle: (c: string, h: never) => void handlers.set(c, h) } as never, served as never, { onStream: () => () => true, onStatus: () => () => true }, () => undefined);
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
    const fromApp = { senderFrame: { url: 'app://fielddesk/index.html' } };
    const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } };
    expect(await handlers.get('sync:status')?.(fromApp, {})).toEqual({ ok: true, value: 'sync:status' });
    expect(await handlers.get('sync:status')?.(fromElsewhere, {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(isTrustedSender(fromElsewhere as never, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'http://localhost:5173/' } } as never, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'http://localhost:51730/' } } as never, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://fielddesk.evil.example/' } } as never)).toBe(false);
  });

  it('serves only files inside the renderer folder on app://', () => {
    expect(resolveAppFile('/opt/fd/renderer', 'app://fielddesk/')).toBe('/opt/fd/renderer/index.html');
    expect(resolveAppFile('/opt/fd/renderer', 'app://fielddesk/assets/a.js')).toBe('/opt/fd/renderer/assets/a.js');
    expect(resolveAppFile('/opt/fd/renderer', 'app://fielddesk/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveAppFile('/opt/fd/renderer', 'app://other/index.html')).toBeNull();
  });

  it('keeps the session sealed at rest and survives a damaged file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fd-session-')), 'session.bin');
    const cipher = {
      encrypt: (plain: string) => Buffer.from(Buffer.from(plain).map((b) => b ^ 0x5a)),
      decrypt: (sealed: Buffer) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString(),
    };
    const store = encryptedSessionStore(file, cipher);
    const session = { serverUrl: 'http://127.0.0.1:8787', token: 'secret-token', expiresAt: '2026-12-07T00:00:00.000Z', user: { id: 'u', name: 'Ana', role: 'technician' as const, username: 'tech01' } };
    await store.save(session);
    expect(readFileSync(file).toString()).not.toContain('secret-token');
    expect(await store.load()).toEqual(session);
    writeFileSync(file, 'garbage');
    expect(await store.load()).toBeNull();
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('forbids inline and evaluated script in the renderer', () => {
    const csp = contentSecurityPolicy(["'self'"]);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });
});
