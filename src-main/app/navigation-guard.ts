import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-origins';

/**
 * A window opened by the page (a link with target=_blank, window.open) never becomes an app
 * window: a link to the web (a vendor's support page) opens in the user's browser, anything else
 * (file:, javascript:, plain http) goes nowhere.
 */
export function windowOpenAction(details: Pick<HandlerDetails, 'url'>, openExternal: (url: string) => unknown): WindowOpenHandlerResponse {
  if (details.url.startsWith('https://')) void openExternal(details.url);
  return { action: 'deny' };
}

/** A navigation (a link, a redirect) is let through only when it stays on the app's own page. */
export function allowsNavigation(url: string, origins: readonly string[]): boolean {
  return isAppUrl(url, origins);
}

/**
 * Keeps the window on the app's page: it cannot be navigated or redirected elsewhere, cannot open
 * windows of its own, and cannot embed a <webview> (a page there would run outside our CSP).
 */
export function guardNavigation(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  options: { origins: readonly string[]; openExternal: (url: string) => unknown },
): void {
  contents.on('will-navigate', (event) => {
    if (!allowsNavigation(event.url, options.origins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowsNavigation(event.url, options.origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => windowOpenAction(details, options.openExternal));
}
