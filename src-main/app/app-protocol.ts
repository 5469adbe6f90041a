import { join, normalize, sep } from 'node:path';
import { appHost, appScheme } from '@shared/api/app-origin';

export { appHost, appOrigin, appScheme } from '@shared/api/app-origin';

/** Maps an app:// URL to a file inside the renderer folder, or null for anything outside it. */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  const relative = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  const file = normalize(join(rendererDir, relative));
  return file.startsWith(normalize(rendererDir) + sep) ? file : null;
}
