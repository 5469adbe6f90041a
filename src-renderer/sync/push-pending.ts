import { maxPushBytes, maxPushRows, type PushRow } from '@shared/sync/protocol';
import { ApiError } from '@shared/api/api-error';
import { settleAnswers, takeBatch, type Budget, type PushAnswers } from './push-batch';
import type { SyncContext } from './sync-context';

/**
 * Pushes every pending change of the collection, batch by batch (rows and bytes bounded), and
 * settles what the server answered. Resolves true when a conflict left a merge to push.
 */
export async function pushPending(ctx: SyncContext): Promise<boolean> {
  const budget: Budget = { maxRows: Math.min(ctx.spec.appendOnly ? 500 : 200, maxPushRows), maxBytes: maxPushBytes };
  let mergedToPush = false;
  let after: string | null = null;
  for (let batch = await takeBatch(ctx, after, budget); batch; batch = await takeBatch(ctx, after, budget)) {
    after = batch.last;
    const answers = batch.rows.length > 0 ? await pushRows(ctx, batch.rows) : { conflicts: [], refused: [] };
    mergedToPush = (await settleAnswers(ctx, batch, answers)) || mergedToPush;
  }
  return mergedToPush;
}

const none: PushAnswers = { conflicts: [], refused: [] };
const both = (a: PushAnswers, b: PushAnswers): PushAnswers => ({ conflicts: [...a.conflicts, ...b.conflicts], refused: [...a.refused, ...b.refused] });

/**
 * Pushes rows; when the server refuses the batch because of one document (400, 403, 409: every
 * refusal names it), that row is set aside and the rest pushed again, so one refused change never
 * holds back every later one. A batch too large for the server (413: a county may set a lower
 * limit than the app's batches) is pushed again in halves; a single row too large is set aside.
 */
async function pushRows(ctx: SyncContext, rows: PushRow[]): Promise<PushAnswers> {
  try {
    return { conflicts: await ctx.api['sync:push']({ collection: ctx.name, rows }), refused: [] };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const refusal = { status: error.status ?? 0, field: error.field ?? '', message: error.message };
    if (error.status === 413 && rows.length > 1) {
      const half = Math.ceil(rows.length / 2);
      return both(await pushRows(ctx, rows.slice(0, half)), await pushRows(ctx, rows.slice(half)));
    }
    const row = error.status === 413 ? rows[0] : error.kind === 'forbidden' || error.kind === 'rejected' ? rows.find((r) => r.newDocumentState.id === error.documentId) : undefined;
    if (!row) throw error;
    const rest = rows.filter((r) => r !== row);
    return both(rest.length > 0 ? await pushRows(ctx, rest) : none, { conflicts: [], refused: [{ row, refusal }] });
  }
}
