import { appOrigin } from './app-protocol';

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. Written out by hand because
 * the WHATWG URL's `origin` is "null" for a custom scheme such as app://, which would make every
 * app:// page look alike.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** Where the app's own page comes from: app://fielddesk, and the dev server in development. */
export function appOrigins(devServerUrl?: string): readonly string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [appOrigin, dev] : [appOrigin];
}

/** Whether a URL (or an origin) is the app's own page; a look-alike host or port is not. */
export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
