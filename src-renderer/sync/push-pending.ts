import { maxPushRows, type PushRow, type WireDoc } from '@shared/sync/protocol';
import { ApiError } from '@shared/api/api-error';
import { sameDocument } from '@shared/sync/same-document';
import { pendingOf, settleEntries, wireOf, type EntryOutcome, type StoredDoc } from '../db/pending-changes';
import type { PendingChange } from '../db/pending-changes.schema';
import { readStored, writeStates } from './stored-docs';
import { rebaseOnto } from './rebase';
import type { SyncContext } from './sync-context';
import type { Refusal } from '../features/conflicts/refusal-words';

/** A mark whose document never appeared (its insert failed) is given up after this long. */
const abandonedAfterMs = 60_000;

type Refused = { row: PushRow; refusal: Refusal };

/**
 * Pushes every pending change of the collection, in batches, and settles what the server answered.
 * Resolves true when a conflict left a merge to push.
 */
export async function pushPending(ctx: SyncContext): Promise<boolean> {
  const entries = [...(await pendingOf(ctx.db, ctx.name)).values()];
  const batch = Math.min(ctx.spec.appendOnly ? 500 : 200, maxPushRows);
  let mergedToPush = false;
  for (let i = 0; i < entries.length; i += batch) mergedToPush = (await pushEntries(ctx, entries.slice(i, i + batch))) || mergedToPush;
  return mergedToPush;
}

async function pushEntries(ctx: SyncContext, entries: PendingChange[]): Promise<boolean> {
  const stored = await readStored(ctx.collection, entries.map((e) => e.docId));
  const rows: PushRow[] = [];
  const held: { entry: PendingChange; local: StoredDoc; state: WireDoc }[] = [];
  const abandoned: EntryOutcome[] = [];
  for (const entry of entries) {
    const local = stored.get(entry.docId);
    const base = (entry.base as WireDoc | undefined) ?? null;
    if (!local) {
      if (Date.now() - entry.markedAt > abandonedAfterMs) abandoned.push({ docId: entry.docId, doneAt: entry.edits });
      continue;
    }
    const state = wireOf(local);
    // Edited back to what the server has: nothing to send, the entry is settled like an accepted push.
    if (!sameDocument(state, base)) rows.push({ assumedMasterState: base, newDocumentState: state });
    held.push({ entry, local, state });
  }
  await settleEntries(ctx.db, ctx.name, abandoned);
  const { conflicts, refused } = rows.length > 0 ? await pushRows(ctx, rows) : { conflicts: [], refused: [] };
  return settleAnswers(ctx, held, new Map(conflicts.map((c) => [c.id as string, c])), new Map(refused.map((r) => [r.row.newDocumentState.id as string, r])));
}

/**
 * Stores what each held document became: the server's copy for a refused change, the merge for a
 * conflict, and for an accepted one the same state again. That last write is not idle: an edit
 * whose write was still on its way when the push read the document now fails on it and is retried
 * on top (with a fresh mark), instead of landing after its mark was settled.
 */
async function settleAnswers(
  ctx: SyncContext,
  held: { entry: PendingChange; local: StoredDoc; state: WireDoc }[],
  conflicts: Map<string, WireDoc>,
  refused: Map<string, Refused>,
): Promise<boolean> {
  const rows: { previous: StoredDoc; state: WireDoc }[] = [];
  // `base` once this write lands; `raceBase`: what an edit racing it was made on (none after a merge).
  const plans: { entry: PendingChange; base: WireDoc; settled: boolean; raceBase?: WireDoc }[] = [];
  for (const { entry, local, state } of held) {
    const refusal = refused.get(entry.docId);
    const theirs = conflicts.get(entry.docId);
    if (refusal) {
      const serverCopy = refusal.row.assumedMasterState ?? { ...state, _deleted: true };
      await ctx.conflicts.refused(ctx.name, state, serverCopy, refusal.refusal);
      rows.push({ previous: local, state: serverCopy });
      plans.push({ entry, base: serverCopy, settled: true, raceBase: refusal.row.assumedMasterState ?? undefined });
    } else if (theirs) {
      const rebased = await rebaseOnto(ctx, entry.base as WireDoc | undefined, state, theirs);
      rows.push({ previous: local, state: rebased.state });
      plans.push({ entry, base: theirs, settled: rebased.settled });
    } else {
      rows.push({ previous: local, state });
      plans.push({ entry, base: state, settled: true, raceBase: state });
    }
  }
  const raced = await writeStates(ctx.collection, rows);
  const outcomes: EntryOutcome[] = plans.map(({ entry, base, settled, raceBase }) =>
    raced.has(entry.docId) ? { docId: entry.docId, base: raceBase } : { docId: entry.docId, base, ...(settled ? { doneAt: entry.edits } : {}) },
  );
  await settleEntries(ctx.db, ctx.name, outcomes);
  return plans.some(({ entry, settled }) => !settled && !raced.has(entry.docId));
}

/**
 * Pushes rows; when the server refuses the batch because of one document (400, 403, 409: every
 * refusal names it), that row is set aside and the rest pushed again, so one refused change never
 * holds back every later one.
 */
async function pushRows(ctx: SyncContext, rows: PushRow[]): Promise<{ conflicts: WireDoc[]; refused: Refused[] }> {
  try {
    return { conflicts: await ctx.api['sync:push']({ collection: ctx.name, rows }), refused: [] };
  } catch (error) {
    const row = error instanceof ApiError && (error.kind === 'forbidden' || error.kind === 'rejected') ? rows.find((r) => r.newDocumentState.id === error.documentId) : undefined;
    if (!row || !(error instanceof ApiError)) throw error;
    const rest = rows.filter((r) => r !== row);
    const others = rest.length > 0 ? await pushRows(ctx, rest) : { conflicts: [], refused: [] };
    const refusal = { status: error.status ?? 0, field: error.field ?? '', message: error.message };
    return { conflicts: others.conflicts, refused: [...others.refused, { row, refusal }] };
  }
}
