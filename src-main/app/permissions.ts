import type { Session } from 'electron';
import { isAppUrl } from './app-origins';

/** What the page asks for: a permission, from where, and for `media` which devices. */
export type PermissionAsk = {
  permission: string;
  /** The requesting page's URL or origin. */
  origin: string;
  mediaTypes?: readonly string[];
};

/**
 * The only permission ever granted is the camera, for scanning asset tags and taking photos, and only to the app's
 * own page: the microphone, geolocation, notifications and everything else are refused, and so is
 * the camera for any other page (a frame, a page navigated to by mistake).
 */
export function isPermissionAllowed(ask: PermissionAsk, origins: readonly string[]): boolean {
  if (ask.permission !== 'media' || !isAppUrl(ask.origin, origins)) return false;
  const types = ask.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'video');
}

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type CheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;

/** Answers the page's permission prompts (getUserMedia) without ever showing one. */
export function permissionRequestHandler(origins: readonly string[]): RequestHandler {
  return (_contents, permission, callback, details) => {
    const media = 'mediaTypes' in details ? details : null;
    // A media request names the frame's origin too: both must be the app's.
    const framed = !media?.securityOrigin || isAppUrl(media.securityOrigin, origins);
    callback(framed && isPermissionAllowed({ permission, origin: details.requestingUrl, mediaTypes: media?.mediaTypes ?? [] }, origins));
  };
}

/** Answers Chromium's silent checks (enumerateDevices, permissions.query) with the same rule. */
export function permissionCheckHandler(origins: readonly string[]): CheckHandler {
  return (_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed({ permission, origin: requestingOrigin, mediaTypes: details.mediaType ? [details.mediaType] : [] }, origins);
}
