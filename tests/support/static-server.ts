import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '@shared/api/content-security-policy';

const testBuild = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * Serves the built renderer on its own origin, standing in for the app shell Electron loads from
 * its own files: it stays up while the central server is stopped. The CSP lets the page reach
 * only itself and the central server, as the browser host would be configured. Being another
 * origin, it needs the central server's CORS allowlist (CORS_ORIGINS): pick `port` first for that.
 * Several origins when devices reach the server by ways of their own (./network-link.ts). `dir`:
 * another build than the tests' (out/renderer), such as the production build the benchmarks time.
 */
export async function serveRenderer(apiOrigin: string | string[], options: { port?: number; dir?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const rendererDir = options.dir ?? testBuild;
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(rendererDir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(rendererDir + sep)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy(["'self'", ...[apiOrigin].flat()]),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
