import { app, BrowserWindow, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '@shared/api/content-security-policy';
import { serveContract } from '@shared/api/transport';
import { createGateway } from '@shared/sync/gateway';
import { memorySessionStore } from '@shared/sync/session-store';
import { appOrigin, appScheme, resolveAppFile } from './app-protocol';
import { encryptedSessionStore } from './encrypted-session-store';
import { bindIpc } from './ipc';
import { appOrigins } from './app-origins';
import { guardNavigation } from './navigation-guard';
import { permissionCheckHandler, permissionRequestHandler } from './permissions';
import { mainWindowOptions } from './window-options';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const origins = appOrigins(devServerUrl);

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let window: BrowserWindow | null = null;

async function start(): Promise<void> {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy(["'self'"]));
    return new Response(response.body, { status: response.status, headers });
  });

  session.defaultSession.setPermissionRequestHandler(permissionRequestHandler(origins));
  session.defaultSession.setPermissionCheckHandler(permissionCheckHandler(origins));

  // Without an OS keyring the token could only be stored in clear text: keep it in memory instead.
  const store = safeStorage.isEncryptionAvailable()
    ? encryptedSessionStore(join(app.getPath('userData'), 'session.bin'), {
        encrypt: (plain) => safeStorage.encryptString(plain),
        decrypt: (sealed) => safeStorage.decryptString(sealed),
      })
    : memorySessionStore();
  const gateway = createGateway({ fetch: (input, init) => net.fetch(input as string, init), store, device: hostname() });
  await gateway.start();
  bindIpc(ipcMain, serveContract(gateway), gateway, (event, payload) => window?.webContents.send(event, payload), devServerUrl);

  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
}

function createWindow(): void {
  window = new BrowserWindow(mainWindowOptions(preloadPath));
  guardNavigation(window.webContents, { origins, openExternal: (url) => shell.openExternal(url) });
  window.once('ready-to-show', () => window?.show());
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  window.on('closed', () => (window = null));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
void app.whenReady().then(start);
