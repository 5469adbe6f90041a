/**
 * The renderer's Content-Security-Policy. No inline or evaluated script anywhere; `connect` lists
 * where the page may send requests: nothing but itself in Electron (all traffic goes through the
 * main process), the central server in the browser host.
 */
export function contentSecurityPolicy(connect: readonly string[] = ["'self'"]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: mediastream:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
