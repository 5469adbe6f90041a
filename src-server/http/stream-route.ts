import type { FastifyInstance } from 'fastify';
import type { StreamMessage } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import { heads } from '../sync/document-store';
import { requireUser } from './auth-guard';

/** Comment lines keep idle connections open through proxies and let clients notice a dead one. */
export const heartbeatMs = 15_000;

export function streamRoute(app: FastifyInstance, db: Database, feed: ChangeFeed): void {
  app.get('/sync/stream', { preHandler: requireUser(db) }, async (request, reply) => {
    const current = await heads(db);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...corsHeaders(request.headers.origin),
    });
    const send = (message: StreamMessage) => res.write(`data: ${JSON.stringify(message)}\n\n`);
    // The client may have missed changes while it was away: tell it to pull from its checkpoints.
    send({ type: 'resync', heads: current });
    const unsubscribe = feed.subscribe(send);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    request.raw.on('close', close);
    res.on('error', close);
  });
}

/** A hijacked reply skips Fastify's hooks, so the CORS headers are written here by hand. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}
