import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '@shared/api/contract';
import type { ServedContract } from '@shared/api/transport';
import type { Gateway } from '@shared/sync/gateway';
import { appOrigins, isAppUrl } from './app-origins';

/** Only our own page may call FieldDeskApi; anything else (a stray frame) is refused. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devServerUrl?: string): boolean {
  return isAppUrl(event.senderFrame?.url ?? '', appOrigins(devServerUrl));
}

/** Serves every contract channel on ipcMain and forwards the gateway's events to the window. */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  served: ServedContract,
  gateway: Pick<Gateway, 'onStream' | 'onStatus'>,
  send: (event: string, payload: unknown) => void,
  devServerUrl?: string,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, arg: unknown) => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { kind: 'forbidden', message: 'untrusted sender' } };
      }
      return served[channel](arg);
    });
  }
  gateway.onStream((message) => send('sync:stream', message));
  gateway.onStatus((status) => send('sync:status', status));
}
