import type { FieldDeskApi } from '@shared/api/contract';
import { createEventHub } from '@shared/api/events';
import { bindContract, serveContract } from '@shared/api/transport';
import { createGateway } from '@shared/sync/gateway';
import { localStorageSessionStore } from './local-storage-session-store';
import { askForPersistentStorage } from './persistent-storage';
import { keepShellOffline } from './offline-shell';
import type { SavePdfResult } from '@shared/api/report.contract';

/** A web page cannot write files: the browser's print dialog offers "Save as PDF" among its printers. */
async function printWithTheBrowser(): Promise<SavePdfResult> {
  window.print();
  return { outcome: 'print-dialog' };
}

/**
 * FieldDeskApi for the renderer served as a web page: the shared gateway runs in the page. Calls
 * go through the same argument checks and error envelopes as Electron's IPC, so the UI cannot
 * tell the two hosts apart.
 */
export async function createBrowserHost(): Promise<FieldDeskApi> {
  // Not awaited: the answer changes nothing here, and a browser may take its time to give it.
  void askForPersistentStorage();
  keepShellOffline();
  const gateway = createGateway({
    fetch: (input, init) => fetch(input, init),
    store: localStorageSessionStore,
    device: `browser: ${navigator.userAgent.slice(0, 100)}`,
  });
  const hub = createEventHub();
  gateway.onStream((message) => hub.emit('sync:stream', message));
  gateway.onStatus((status) => hub.emit('sync:status', status));
  // The operating system knows about a network change before any retry timer does.
  window.addEventListener('online', () => void gateway['sync:reconnect']({}));
  await gateway.start();
  const served = serveContract({ ...gateway, 'report:save-pdf': printWithTheBrowser });
  const api = bindContract((channel, arg) => served[channel](arg));
  return { ...api, on: hub.on };
}
