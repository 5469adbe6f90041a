import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import type { ServerSettings } from '../settings';
import { login, logout } from '../auth/sessions';
import { recordFailure, retryAfterSeconds } from '../auth/sign-in-throttle';
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

export function authRoutes(app: FastifyInstance, db: Database, settings: ServerSettings): void {
  const limits = { perUser: settings.signInFailuresPerUser, perAddress: settings.signInFailuresPerAddress, windowMs: settings.signInWindowMs };
  app.post('/auth/login', async (request, reply) => {
    const input = credentials(request.body);
    // Checked before the password, so a throttled guess costs no hashing either.
    const wait = await retryAfterSeconds(db, input.username, request.ip, limits);
    if (wait > 0) {
      return reply
        .code(429)
        .header('retry-after', String(wait))
        .send({ error: `too many failed sign-ins: try again in ${wait} seconds`, field: 'username' });
    }
    const outcome = await login(db, input, { hashCost: settings.passwordHashCost });
    if (outcome.kind === 'wrong-credentials') {
      await recordFailure(db, input.username, request.ip);
      return reply.code(401).send({ error: 'wrong username or password' });
    }
    if (outcome.kind === 'disabled') return reply.code(403).send({ error: 'this account is disabled: ask your administrator', field: 'username' });
    const { kind: _kind, ...session } = outcome;
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
