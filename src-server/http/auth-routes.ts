import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { login, logout } from '../auth/sessions';
import { bearerToken, requireUser, userOf } from './auth-guard';
import { RequestError } from '../sync/request-error';

function credentials(body: unknown): { username: string; password: string; device: string } {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.username !== 'string' || b.username.length === 0 || b.username.length > 40) {
    throw new RequestError(400, 'username is required', 'username');
  }
  if (typeof b.password !== 'string' || b.password.length === 0 || b.password.length > 200) {
    throw new RequestError(400, 'password is required', 'password');
  }
  const device = typeof b.device === 'string' ? b.device.slice(0, 120) : '';
  return { username: b.username, password: b.password, device };
}

export function authRoutes(app: FastifyInstance, db: Database): void {
  app.post('/auth/login', async (request, reply) => {
    const session = await login(db, credentials(request.body));
    if (!session) return reply.code(401).send({ error: 'wrong username or password' });
    return session;
  });
  app.post('/auth/logout', { preHandler: requireUser(db) }, async (request) => {
    await logout(db, bearerToken(request) ?? '');
    return { ok: true };
  });
  app.get('/auth/session', { preHandler: requireUser(db) }, async (request) => {
    const { device: _device, ...user } = userOf(request);
    return { user };
  });
}
