import { maxPushBytes, maxPushRows, type PushRow } from '@shared/sync/protocol';
import { ApiError } from '@shared/api/api-error';
import { groupByBytes, settleAnswers, takeBatch, type Budget, type PushAnswers } from './push-batch';
import type { SyncContext } from './sync-context';

/**
 * The push body limit each collection's sync learned from the server's 413 (a county may set
 * MAX_PUSH_BYTES below the app's batches): later batches are made to fit it, so a large queue is
 * not sent whole, refused, and sent again in halves on every run.
 */
const learnedLimit = new WeakMap<SyncContext, number>();

const budgetOf = (ctx: SyncContext): Budget => ({
  maxRows: Math.min(ctx.spec.appendOnly ? 500 : 200, maxPushRows),
  maxBytes: Math.min(maxPushBytes, learnedLimit.get(ctx) ?? maxPushBytes),
});

/**
 * Pushes every pending change of the collection, batch by batch (rows and bytes bounded), and
 * settles what the server answered. Resolves true when a conflict left a merge to push.
 */
export async function pushPending(ctx: SyncContext): Promise<boolean> {
  let mergedToPush = false;
  let after: string | null = null;
  for (let batch = await takeBatch(ctx, after, budgetOf(ctx)); batch; batch = await takeBatch(ctx, after, budgetOf(ctx))) {
    after = batch.last;
    const answers = batch.rows.length > 0 ? await pushRows(ctx, batch.rows) : none;
    mergedToPush = (await settleAnswers(ctx, batch, answers)) || mergedToPush;
  }
  return mergedToPush;
}

const none: PushAnswers = { conflicts: [], refused: [] };
const both = (a: PushAnswers, b: PushAnswers): PushAnswers => ({ conflicts: [...a.conflicts, ...b.conflicts], refused: [...a.refused, ...b.refused] });

/** Rows in smaller groups after a 413: to the limit the server named, or in halves when it named none (the row cap). */
function smaller(rows: PushRow[], limit: number | undefined): PushRow[][] {
  const grouped = limit ? groupByBytes(rows, limit) : [];
  if (grouped.length > 1) return grouped;
  const half = Math.ceil(rows.length / 2);
  return [rows.slice(0, half), rows.slice(half)];
}

/**
 * Pushes rows; when the server refuses the batch because of one document (400, 403, 409: every
 * refusal names it), that row is set aside and the rest pushed again, so one refused change never
 * holds back every later one. A batch too large for the server (413) is pushed again in parts that
 * fit; a single row too large on its own is set aside, refused, and listed, and so is a row the
 * 413 names (an attachment's declared size over the server's limit).
 */
async function pushRows(ctx: SyncContext, rows: PushRow[]): Promise<PushAnswers> {
  try {
    return { conflicts: await ctx.api['sync:push']({ collection: ctx.name, rows }), refused: [] };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const refusal = { status: error.status ?? 0, field: error.field ?? '', message: error.message };
    if (error.status === 413 && error.limit) learnedLimit.set(ctx, Math.min(error.limit, learnedLimit.get(ctx) ?? error.limit));
    // A refusal naming its document (an attachment declaring more bytes than the server takes: 413 `byteSize`) sets that row aside.
    const named = error.kind === 'forbidden' || error.kind === 'rejected' ? rows.find((r) => r.newDocumentState.id === error.documentId) : undefined;
    if (error.status === 413 && !named && rows.length > 1) {
      let answers = none;
      for (const part of smaller(rows, error.limit)) answers = both(answers, await pushRows(ctx, part));
      return answers;
    }
    const row = named ?? (error.status === 413 ? rows[0] : undefined);
    if (!row) throw error;
    const rest = rows.filter((r) => r !== row);
    return both(rest.length > 0 ? await pushRows(ctx, rest) : none, { conflicts: [], refused: [{ row, refusal }] });
  }
}
