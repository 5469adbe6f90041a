import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import { maxBodyBytes } from '@shared/sync/protocol';
import { contentSecurityPolicy } from '@shared/api/content-security-policy';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import { RequestError } from '../sync/request-error';
import { defaultSettings, type ServerSettings } from '../settings';
import { authRoutes } from './auth-routes';
import { adminRoutes } from './admin-routes';
import { syncRoutes, type SyncServer } from './sync-routes';
import { attachmentRoutes } from './attachment-routes';
import { streamRoute } from './stream-route';
import { assetHistoryRoute } from './asset-history-route';
import { corsOrigins } from './cors';

export type AppOptions = {
  db: Database;
  feed: ChangeFeed;
  /** The built renderer (out/renderer), served at `/` as the browser host when present. */
  rendererDir?: string;
  logger?: FastifyServerOptions['logger'];
  settings?: ServerSettings;
  /** PEM certificate and key: serve HTTPS instead of HTTP. */
  tls?: { cert: Buffer; key: Buffer };
  sync: SyncServer;
};

export async function buildApp({ db, feed, rendererDir, logger = false, settings = defaultSettings, tls, sync }: AppOptions): Promise<FastifyInstance> {
  // Live streams never end on their own: closing the server must cut them, or it would wait forever.
  // Behind the county's proxy, sign-in throttling counts the client's address, not the proxy's.
  const trustProxy = settings.trustedProxies.length > 0 ? [...settings.trustedProxies] : false;
  const options = { bodyLimit: maxBodyBytes, logger, forceCloseConnections: true, trustProxy };
  const app = (tls ? Fastify({ ...options, https: tls }) : Fastify(options)) as unknown as FastifyInstance;
  // Tokens travel in the Authorization header, never in cookies; still, only pages that need the
  // API cross-origin may call it (see cors.ts): any other site's page gets no CORS headers.
  await app.register(cors, { origin: [...corsOrigins(settings)], methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT'], allowedHeaders: ['authorization', 'content-type'], exposedHeaders: ['retry-after'], maxAge: 600 });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof RequestError) {
      return reply.code(error.status).send({
        error: error.message,
        ...(error.field ? { field: error.field } : {}),
        ...(error.documentId ? { id: error.documentId } : {}),
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error(error);
      return reply.code(500).send({ error: 'internal server error' });
    }
    if (status === 413) {
      // A push's limit is a setting (maxPushBytes); every other route's is the app's.
      const limit = request.routeOptions.bodyLimit ?? maxBodyBytes;
      return reply.code(413).send({ error: `request body is larger than ${limit} bytes: send it in smaller parts`, field: 'body', limit });
    }
    return reply.code(status).send({ error: error.message });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `no route ${request.method} ${request.url}` }));

  app.get('/health', async () => ({ ok: true, database: db.kind }));
  authRoutes(app, db, settings);
  adminRoutes(app, db, settings);
  syncRoutes(app, db, sync, settings);
  attachmentRoutes(app, db, sync, settings);
  streamRoute(app, db, feed, corsOrigins(settings));
  assetHistoryRoute(app, db);

  if (rendererDir && existsSync(rendererDir)) {
    await app.register(fastifyStatic, {
      root: rendererDir,
      setHeaders: (res) => res.header('content-security-policy', contentSecurityPolicy(["'self'"])),
    });
  }
  return app;
}
