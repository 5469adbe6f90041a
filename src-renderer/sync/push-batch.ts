import type { PushRow, WireDoc } from '@shared/sync/protocol';
import { jsonBytes } from '@shared/sync/json-bytes';
import { sameDocument } from '@shared/sync/same-document';
import { wireOf, type StoredDoc } from '../db/pending-changes';
import type { PendingChange } from '../db/bookkeeping';
import type { EntryOutcome } from './outbox';
import { readStored, writeStates } from './stored-docs';
import { rebaseOnto } from './rebase';
import type { SyncContext } from './sync-context';
import type { Refusal } from '../features/conflicts/refusal-words';

/** A row's share of a push body: its JSON and the comma before the next (the brackets are `bodyBytes`). */
export const rowBytes = (row: PushRow) => jsonBytes(row) + 1;
const bodyBytes = 2;

/**
 * Rows in consecutive groups whose push bodies stay within `maxBytes`; a row larger than that on
 * its own is a group of its own (the server then refuses it alone).
 */
export function groupByBytes(rows: readonly PushRow[], maxBytes: number): PushRow[][] {
  const groups: PushRow[][] = [];
  let bytes = bodyBytes;
  for (const row of rows) {
    const size = rowBytes(row);
    const last = groups.at(-1);
    if (last && bytes + size <= maxBytes) {
      last.push(row);
      bytes += size;
    } else {
      groups.push([row]);
      bytes = bodyBytes + size;
    }
  }
  return groups;
}

/** A mark whose document never appeared (its insert failed) is given up after this long. */
const abandonedAfterMs = 60_000;
/** Entries read (with their documents) at a time while a batch fills: a batch of photos stops after a few. */
const readGroup = 25;

type Held = { entry: PendingChange; local: StoredDoc; state: WireDoc };

/** Rows to push and what each was made from; `last`: the last entry looked at, where the next batch starts. */
export type PushBatch = { rows: PushRow[]; held: Held[]; last: string };
export type Budget = { maxRows: number; maxBytes: number };

/** What the server answered a batch: its copies of the conflicting documents, and the rows it refused. */
export type PushAnswers = { conflicts: WireDoc[]; refused: { row: PushRow; refusal: Refusal }[] };

/**
 * The outbox's first push step: the next pending changes of a collection after `after`, as rows of
 * at most `maxRows` and `maxBytes` of JSON (the server refuses larger requests with 413). A row
 * larger than the budget on its own goes alone, for the server to accept or refuse by itself.
 * Resolves null when no entry is left after `after`.
 */
export async function takeBatch(ctx: SyncContext, after: string | null, { maxRows, maxBytes }: Budget): Promise<PushBatch | null> {
  const batch: PushBatch = { rows: [], held: [], last: after ?? '' };
  const abandoned: EntryOutcome[] = [];
  let bytes = bodyBytes;
  let looked = false;
  fill: for (;;) {
    const entries = await ctx.outbox.nextEntries(ctx.name, looked || after !== null ? batch.last : null, readGroup);
    const stored = await readStored(ctx.collection, entries.map((e) => e.docId));
    for (const entry of entries) {
      const local = stored.get(entry.docId);
      const state = local && wireOf(local);
      // Edited back to what the server has: nothing to send, the entry is settled like an accepted push.
      const row = state && !sameDocument(state, entry.base ?? null) ? { assumedMasterState: entry.base ?? null, newDocumentState: state } : null;
      const size = row ? rowBytes(row) : 0;
      if (row && batch.rows.length > 0 && (batch.rows.length >= maxRows || bytes + size > maxBytes)) break fill;
      looked = true;
      batch.last = entry.docId;
      if (!local || !state) {
        if (Date.now() - entry.markedAt > abandonedAfterMs) abandoned.push({ docId: entry.docId, doneAt: entry.edits });
        continue;
      }
      if (row) batch.rows.push(row);
      bytes += size;
      batch.held.push({ entry, local, state });
    }
    if (entries.length < readGroup) break;
  }
  await ctx.outbox.settle(ctx.name, abandoned);
  return looked ? batch : null;
}

/**
 * The outbox's second push step: stores what each held document became (the server's copy for a
 * refused change, the merge for a conflict, and for an accepted one the same state again) and
 * settles its entry. That last write is not idle: an edit whose write was still on its way when
 * the batch read the document now fails on it and is retried on top (with a fresh mark), instead
 * of landing after its mark was settled. Resolves true when a conflict left a merge to push.
 */
export async function settleAnswers(ctx: SyncContext, { held }: PushBatch, answers: PushAnswers): Promise<boolean> {
  const conflicts = new Map(answers.conflicts.map((c) => [c.id as string, c]));
  const refused = new Map(answers.refused.map((r) => [r.row.newDocumentState.id as string, r]));
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
      const rebased = await rebaseOnto(ctx, entry.base, state, theirs);
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
  await ctx.outbox.settle(ctx.name, outcomes);
  return plans.some(({ entry, settled }) => !settled && !raced.has(entry.docId));
}
