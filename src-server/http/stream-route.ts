import type { FastifyInstance } from 'fastify';
import type { StreamMessage } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import type { ChangeFeed } from '../sync/change-feed';
import { heads } from '../sync/document-store';
import { authenticate } from '../auth/sessions';
import { bearerToken, requireUser } from './auth-guard';
import { corsHeaders } from './cors';

/**
 * Comment lines keep idle connections open through proxies and let clients notice a dead one
 * within 2 seconds (they give up on a stream silent for 1.5 s).
 */
export const heartbeatMs = 500;
/** How often a stream re-checks its session: each check is a database read. */
export const sessionCheckMs = 15_000;

export function streamRoute(app: FastifyInstance, db: Database, feed: ChangeFeed, allowedOrigins: readonly string[]): void {
  app.get('/sync/stream', { preHandler: requireUser(db) }, async (request, reply) => {
    const current = await heads(db);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...corsHeaders(allowedOrigins, request.headers.origin),
    });
    const send = (message: StreamMessage) => res.write(`data: ${JSON.stringify(message)}\n\n`);
    // The client may have missed changes while it was away: tell it to pull from its checkpoints.
    send({ type: 'resync', heads: current });
    const unsubscribe = feed.subscribe(send);
    // A stream outlives the request that checked its session: a session ended since (sign-out,
    // password reset, user disabled) ends the stream at the next heartbeat.
    const token = bearerToken(request) ?? '';
    let lastCheck = Date.now();
    const heartbeat = setInterval(() => {
      res.write(': ping\n\n');
      if (Date.now() - lastCheck < sessionCheckMs) return;
      lastCheck = Date.now();
      void authenticate(db, token).then(
        (user) => {
          if (!user) res.end();
        },
        () => undefined,
      );
    }, heartbeatMs);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    request.raw.on('close', close);
    res.on('error', close);
  });
}
