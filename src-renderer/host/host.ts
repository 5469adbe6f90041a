import type { FieldDeskApi } from '@shared/api/contract';
import { bindContract } from '@shared/api/transport';
import { createBrowserHost } from './browser-host';

/** The preload's bridge inside Electron, the in-page gateway in a browser. */
export async function connectHost(): Promise<FieldDeskApi> {
  const bridge = window.fielddeskBridge;
  if (!bridge) return createBrowserHost();
  return { ...bindContract((channel, arg) => bridge[channel](arg)), on: bridge.on };
}

/** Where the login form points by default: the serving origin in a browser, the local server otherwise. */
export function defaultServerUrl(): string {
  return location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : 'http://127.0.0.1:8787';
}
