import type { FastifyInstance } from 'fastify';
import { isCollectionName, type CollectionName } from '@shared/schema/collections';
import { maxPullLimit, type PushRow } from '@shared/sync/protocol';
import { maxCatchUpParents, viewOf } from '@shared/sync/views';
import type { Database } from '../db/database';
import { pull } from '../sync/document-store';
import { push } from '../sync/store-push';
import { catchUp } from '../sync/catch-up';
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

function parentIds(body: unknown): string[] {
  const parents = (body as { parents?: unknown } | null)?.parents;
  if (!Array.isArray(parents) || !parents.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 64)) {
    throw new RequestError(400, 'parents must be a list of document ids', 'parents');
  }
  if (parents.length > maxCatchUpParents) throw new RequestError(413, `at most ${maxCatchUpParents} parents per catch-up`, 'parents');
  return parents as string[];
}

/**
 * An attachment whose declared size passes the limit is refused before anything is stored (413
 * naming `byteSize` and the document), so its device sets that one aside and sends the rest.
 */
function refuseOversized(rows: PushRow[], maxBytes: number): void {
  const row = rows.find((r) => !r.newDocumentState._deleted && Number(r.newDocumentState.byteSize) > maxBytes);
  if (!row) return;
  const id = String(row.newDocumentState.id);
  throw new RequestError(413, `document ${id}: an attachment is at most ${maxBytes} bytes, this one has ${String(row.newDocumentState.byteSize)}`, 'byteSize', id);
}

/** What every pull answer says of the server: the id checkpoints belong to, and its clock. */
export type SyncServer = { id: string; now: () => Date };

export function syncRoutes(app: FastifyInstance, db: Database, server: SyncServer, settings: Pick<ServerSettings, 'maxPushRows' | 'maxPushBytes' | 'maxAttachmentBytes' | 'maxPullBytes'>): void {
  const guard = { preHandler: requireUser(db) };
  app.get('/sync/:collection/pull', guard, async (request) => {
    const collection = collectionParam(request.params);
    const query = request.query as Record<string, unknown>;
    const seq = nonNegativeInt(query.seq, 'seq', 0);
    const limit = Math.min(Math.max(nonNegativeInt(query.limit, 'limit', 500), 1), maxPullLimit);
    const at = typeof query.at === 'string' && query.at.length > 0 && query.at.length <= 64 ? query.at : undefined;
    const page = await pull(db, collection, { seq, ...(at ? { at } : {}) }, limit, userOf(request), server.now(), settings.maxPullBytes);
    return { ...page, server: server.id, view: viewOf(collection, userOf(request)) };
  });
  app.post('/sync/:collection/catch-up', guard, async (request) => {
    const collection = collectionParam(request.params);
    return catchUp(db, collection, parentIds(request.body), userOf(request), server.now());
  });
  app.post('/sync/:collection/push', { ...guard, bodyLimit: settings.maxPushBytes }, async (request) => {
    const collection = collectionParam(request.params);
    if (Array.isArray(request.body) && request.body.length > settings.maxPushRows) {
      throw new RequestError(413, `a push carries at most ${settings.maxPushRows} rows, this one has ${request.body.length}: send them in smaller batches`, 'rows');
    }
    const rows = validatePush(collection, request.body);
    if (collection === 'attachments') refuseOversized(rows, settings.maxAttachmentBytes);
    return push(db, collection, rows, userOf(request));
  });
}
