import { app, BrowserWindow, dialog, ipcMain, net, protocol, safeStorage, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
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
import { mainWindowOptions, windowIconFromMain } from './window-options';
import { saveReportPdf } from './report-pdf';
import { ApiError } from '@shared/api/api-error';
import type { SavePdfRequest } from '@shared/api/report.contract';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
// Linux shows this one; Windows and macOS show the icon built into the executable, the same image.
const iconPath = join(here, windowIconFromMain);
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
  const served = serveContract({ ...gateway, 'report:save-pdf': savePdfOfTheWindow });
  bindIpc(ipcMain, served, gateway, (event, payload) => window?.webContents.send(event, payload), devServerUrl);

  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
}

/** `report:save-pdf`: the main window's page, printed by Chromium, saved where the user picks. */
async function savePdfOfTheWindow(request: SavePdfRequest) {
  const current = window;
  if (!current) throw new ApiError({ kind: 'rejected', message: 'no window to print' });
  return saveReportPdf(request, {
    print: (options) => current.webContents.printToPDF(options),
    askWhere: (options) => dialog.showSaveDialog(current, options),
    writeFile: (path, data) => writeFile(path, data),
    defaultFolder: app.getPath('documents'),
  });
}

function createWindow(): void {
  window = new BrowserWindow(mainWindowOptions(preloadPath, iconPath));
  guardNavigation(window.webContents, { origins, openExternal: (url) => shell.openExternal(url) });
  window.once('ready-to-show', () => window?.show());
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  window.on('closed', () => (window = null));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
void app.whenReady().then(start);
