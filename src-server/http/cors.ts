import { appOrigin } from '@shared/api/app-origin';
import type { ServerSettings } from '../settings';

/**
 * The origins whose pages may call the API: the Electron app's, and those the county lists
 * (a Vite dev server). The browser host is served by this server itself, same-origin, and needs
 * none; every other page gets no Access-Control-Allow-Origin, so a browser keeps it out.
 */
export function corsOrigins(settings: Pick<ServerSettings, 'corsOrigins'>): readonly string[] {
  return [appOrigin, ...settings.corsOrigins];
}

/** The CORS headers for a reply written by hand (a hijacked stream skips Fastify's hooks). */
export function corsHeaders(allowed: readonly string[], origin: string | undefined): Record<string, string> {
  return origin && allowed.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
}
