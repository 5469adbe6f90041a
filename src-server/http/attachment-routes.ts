import type { FastifyInstance } from 'fastify';
import { maxBodyBytes } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import { readContent, storeContent } from '../attachments/content-store';
import { RequestError } from '../sync/request-error';
import type { ServerSettings } from '../settings';
import type { SyncServer } from './sync-routes';
import { requireUser, userOf } from './auth-guard';

function attachmentId(params: unknown): string {
  const id = (params as { id?: string }).id ?? '';
  if (id.length === 0 || id.length > 40) throw new RequestError(400, 'an attachment id has 1 to 40 characters', 'id');
  return id;
}

/**
 * `PUT /attachments/<id>/content` (the bytes as the body, their type as Content-Type) and
 * `GET /attachments/<id>/content`. In a scope of their own: here every body is taken as bytes,
 * whatever its declared type, so a wrong type is refused by name (400 naming `mime`) rather than
 * by Fastify's generic 415, and an oversized one is 413 naming `content`.
 */
export function attachmentRoutes(app: FastifyInstance, db: Database, server: SyncServer, settings: Pick<ServerSettings, 'maxAttachmentBytes'>): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBodyBytes }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: Error & { code?: string }) => {
      // Rethrown errors reach the app's handler, which writes every error answer alike.
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new RequestError(413, `an attachment is at most ${settings.maxAttachmentBytes} bytes`, 'content');
      throw error;
    });
    const guard = { preHandler: requireUser(db) };

    scope.put('/attachments/:id/content', guard, async (request) => {
      const id = attachmentId(request.params);
      const body = request.body;
      if (!(body instanceof Uint8Array) || body.byteLength === 0) throw new RequestError(400, 'send the picture itself as the body', 'content');
      const declared = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      return storeContent(db, id, declared, body, userOf(request), settings.maxAttachmentBytes, server.now());
    });

    scope.get('/attachments/:id/content', guard, async (request, reply) => {
      const { mime, bytes } = await readContent(db, attachmentId(request.params), userOf(request), server.now());
      // The bytes never change; they are shown as an image, never run as a page (an SVG could try).
      return reply
        .header('content-type', mime)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  });
}
