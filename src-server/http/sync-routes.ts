import type { FastifyInstance } from 'fastify';
import { isCollectionName, type CollectionName } from '@shared/schema/collections';
import { maxPullLimit } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import { pull, push } from '../sync/document-store';
import { validatePush } from '../sync/validate-push';
import { RequestError } from '../sync/request-error';
import type { ServerSettings } from '../settings';
import { requireUser, userOf } from './auth-guard';

function collectionParam(params: unknown): CollectionName {
  const name = (params as { collection?: string }).collection ?? '';
  if (!isCollectionName(name)) throw new RequestError(404, `no collection named "${name}"`, 'collection');
  return name;
}

function nonNegativeInt(raw: unknown, field: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(n)) {
    throw new RequestError(400, `${field} must be a whole number of 0 or more`, field);
  }
  return n;
}

export function syncRoutes(app: FastifyInstance, db: Database, settings: Pick<ServerSettings, 'maxPushRows'>): void {
  const guard = { preHandler: requireUser(db) };
  app.get('/sync/:collection/pull', guard, async (request) => {
    const collection = collectionParam(request.params);
    const query = request.query as Record<string, unknown>;
    const seq = nonNegativeInt(query.seq, 'seq', 0);
    const limit = Math.min(Math.max(nonNegativeInt(query.limit, 'limit', 500), 1), maxPullLimit);
    return pull(db, collection, { seq }, limit, userOf(request));
  });
  app.post('/sync/:collection/push', guard, async (request) => {
    const collection = collectionParam(request.params);
    if (Array.isArray(request.body) && request.body.length > settings.maxPushRows) {
      throw new RequestError(413, `a push carries at most ${settings.maxPushRows} rows, this one has ${request.body.length}: send them in smaller batches`, 'rows');
    }
    const rows = validatePush(collection, request.body);
    return push(db, collection, rows, userOf(request));
  });
}
