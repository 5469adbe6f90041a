import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SchemaViolation } from '@shared/schema/validate';
import { checkNewUser, checkPasswordReset, checkUserChange, type NewUser, type PasswordReset, type UserChange } from '@shared/sync/admin-protocol';
import type { Database } from '../db/database';
import type { ServerSettings } from '../settings';
import { changeUser, createUser, listUsers, resetPassword } from '../auth/accounts';
import { RequestError } from '../sync/request-error';
import { requireUser, userOf } from './auth-guard';

/** The body, once its check passed; a 400 naming the first wrong field otherwise. */
function valid<T>(check: (body: unknown) => SchemaViolation | null, body: unknown): T {
  const violation = check(body);
  if (violation) throw new RequestError(400, violation.message, violation.field || undefined);
  return body as T;
}

const idParam = (params: unknown) => (params as { id: string }).id;
const noSuchUser = () => new RequestError(404, 'there is no such user', 'id');

/** Account management for admins (see admin-protocol.ts); everyone else gets 403. */
export function adminRoutes(app: FastifyInstance, db: Database, settings: Pick<ServerSettings, 'passwordHashCost'>): void {
  const signedIn = requireUser(db);
  const adminOnly = async (request: FastifyRequest, reply: FastifyReply) => {
    if (userOf(request).role !== 'admin') return reply.code(403).send({ error: 'only an admin may manage user accounts' });
  };
  const guard = { preHandler: [signedIn, adminOnly] };

  app.get('/admin/users', guard, async () => listUsers(db));

  app.post('/admin/users', guard, async (request, reply) => {
    const input = valid<NewUser>(checkNewUser, request.body);
    const user = await createUser(db, input, { author: userOf(request), hashCost: settings.passwordHashCost });
    return reply.code(201).send(user);
  });

  app.patch('/admin/users/:id', guard, async (request) => {
    const change = valid<UserChange>(checkUserChange, request.body);
    const user = await changeUser(db, idParam(request.params), change, userOf(request));
    if (!user) throw noSuchUser();
    return user;
  });

  app.post('/admin/users/:id/password', guard, async (request) => {
    const { password } = valid<PasswordReset>(checkPasswordReset, request.body);
    if (!(await resetPassword(db, idParam(request.params), password, settings.passwordHashCost))) throw noSuchUser();
    return { ok: true };
  });
}
