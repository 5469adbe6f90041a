import { registerSW } from 'virtual:pwa-register';

/**
 * Installs the service worker that keeps the app's own files on this computer, so the browser
 * host opens with no network after its first visit. Browsers allow it only in a secure context
 * (HTTPS, or this machine); elsewhere the app still works, but only online. A new build replaces
 * the old shell at the next start.
 */
export function keepShellOffline(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  void registerSW({ immediate: true });
}
