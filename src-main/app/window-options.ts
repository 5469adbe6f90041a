import type { BrowserWindowConstructorOptions } from 'electron';

/** The window's icon, from the built main script (out/main/): resources/icon.png, packed beside out/. */
export const windowIconFromMain = '../../resources/icon.png';

/** The main window: isolated, sandboxed, no Node in the page, only the preload's bridge; the app's icon. */
export function mainWindowOptions(preloadPath: string, iconPath: string): BrowserWindowConstructorOptions {
  return {
    icon: iconPath,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'FieldDesk',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}
