import type { FastifyInstance } from 'fastify';
import type { AssetWorkOrder } from '@shared/sync/protocol';
import type { Database } from '../db/database';
import { RequestError } from '../sync/request-error';
import { requireUser } from './auth-guard';

/** How many of an asset's work orders one answer holds: a decade of a busy printer's. */
export const assetHistoryLimit = 200;

/**
 * `GET /work-orders/by-asset/<assetId>`: every work order on the asset, newest first, as summaries
 * (what was wrong and what was done, not who asked), for any signed-in user. A technician's device
 * holds only open and recent work; the asset's earlier work orders are here.
 */
export function assetHistoryRoute(app: FastifyInstance, db: Database): void {
  app.get('/work-orders/by-asset/:assetId', { preHandler: requireUser(db) }, async (request): Promise<AssetWorkOrder[]> => {
    const assetId = (request.params as { assetId?: string }).assetId ?? '';
    if (assetId.length === 0 || assetId.length > 64) throw new RequestError(400, 'an asset id has 1 to 64 characters', 'assetId');
    const { rows } = await db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM documents WHERE collection = 'work-orders' AND NOT deleted AND data->>'assetId' = $1
        ORDER BY data->>'createdAt' DESC LIMIT $2`,
      [assetId, assetHistoryLimit],
    );
    return rows.map(({ data }) => ({
      id: String(data.id),
      ...(typeof data.number === 'number' ? { number: data.number } : {}),
      title: String(data.title ?? ''),
      category: String(data.category ?? ''),
      status: String(data.status ?? ''),
      createdAt: String(data.createdAt ?? ''),
      resolutionSummary: String(data.resolutionSummary ?? ''),
    }));
  });
}
