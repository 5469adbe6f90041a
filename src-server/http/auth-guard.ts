import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { authenticate, type AuthenticatedUser } from '../auth/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthenticatedUser;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** Answers 401 unless the request carries a live session token. */
export function requireUser(db: Database) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request);
    const user = token ? await authenticate(db, token) : null;
    if (!user) return reply.code(401).send({ error: token ? 'session expired or unknown: sign in again' : 'sign in first' });
    request.user = user;
  };
}

/** The signed-in user of a request that passed `requireUser`. */
export function userOf(request: FastifyRequest): AuthenticatedUser {
  if (!request.user) throw new Error('route is missing requireUser');
  return request.user;
}
