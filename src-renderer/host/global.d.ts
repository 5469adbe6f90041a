import type { FieldDeskBridge } from '@shared/api/transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer runs as a web page. */
    fielddeskBridge?: FieldDeskBridge;
  }
}
