import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { channels, eventNames, type EventName } from '@shared/api/contract';
import type { Envelope, FieldDeskBridge } from '@shared/api/transport';

/**
 * The bridge the preload exposes: one method per contract channel (the allowlist, derived from the
 * contract) and `on` for the contract's events only. ipcRenderer itself never reaches the page.
 */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): FieldDeskBridge {
  const bridge: Record<string, unknown> = {};
  for (const channel of channels) {
    bridge[channel] = (arg: unknown) => ipc.invoke(channel, arg) as Promise<Envelope>;
  }
  bridge.on = (event: EventName, listener: (payload: never) => void) => {
    if (!(eventNames as readonly string[]).includes(event)) throw new Error(`unknown event ${String(event)}`);
    const handler = (_: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipc.on(event, handler);
    return () => void ipc.removeListener(event, handler);
  };
  return bridge as FieldDeskBridge;
}
