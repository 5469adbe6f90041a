import type { WireDoc } from '@shared/sync/protocol';
import { sameDocument } from '@shared/sync/same-document';
import { wireOf, type StoredDoc } from '../db/pending-changes';
import type { EntryOutcome } from './outbox';
import { readStored, writeStates } from './stored-docs';
import { rebaseOnto } from './rebase';
import type { SyncContext } from './sync-context';
import { yieldToUi } from './yield-to-ui';
import { withParentHere } from './view-exits';

/** What storing a page did: a merge waits to be pushed; documents that were not here before. */
export type Applied = { mergedToPush: boolean; entered: string[] };

/** Documents stored per write: small enough that the screen stays responsive in between. */
const chunkSize = 500;

/**
 * The outbox's pull step: stores a pulled page, rebasing pending changes onto it. A document with
 * no local edits is written as the server has it; on a first sync that is one insert per document
 * and nothing else. A document with local edits gets
 * the server's copy merged under them and stays pending until the merge is pushed. A child (a
 * note) is stored only under a parent on this device. `entered` names the documents that were not
 * here (or had been removed), for their children to be fetched.
 */
export async function applyPulled(ctx: SyncContext, page: WireDoc[]): Promise<Applied> {
  const pulled = await withParentHere(ctx, page);
  const applied: Applied = { mergedToPush: false, entered: [] };
  for (let i = 0; i < pulled.length; i += chunkSize) {
    if (i > 0) await yieldToUi();
    const chunk = await applyChunk(ctx, pulled.slice(i, i + chunkSize));
    applied.mergedToPush ||= chunk.mergedToPush;
    applied.entered.push(...chunk.entered);
  }
  return applied;
}

async function applyChunk(ctx: SyncContext, pulled: WireDoc[]): Promise<Applied> {
  const before = await ctx.outbox.pendingOf(ctx.name);
  const fresh = pulled.filter((d) => !before.has(d.id as string));
  const existing = await writeStates(ctx.collection, fresh.map((state) => ({ state })));
  const entered = fresh.filter((d) => !d._deleted && (!existing.has(d.id as string) || existing.get(d.id as string)?._deleted)).map((d) => d.id as string);
  const edited = pulled.filter((d) => before.has(d.id as string)).map((d) => d.id as string);
  if (existing.size === 0 && edited.length === 0) return { mergedToPush: false, entered };
  // Read after the stored versions: an edit stored before them was marked before it was stored.
  const pending = await ctx.outbox.pendingOf(ctx.name);
  const stored = new Map([...existing, ...(await readStored(ctx.collection, edited))]);
  const rows: { previous: StoredDoc; state: WireDoc }[] = [];
  const outcomes: EntryOutcome[] = [];
  for (const theirs of pulled) {
    const docId = theirs.id as string;
    const local = stored.get(docId);
    const entry = pending.get(docId);
    if (!local) continue;
    const mine = wireOf(local);
    if (!entry) {
      if (!sameDocument(mine, theirs)) rows.push({ previous: local, state: theirs });
      continue;
    }
    const { state, settled } = await rebaseOnto(ctx, entry.base, mine, theirs);
    rows.push({ previous: local, state });
    outcomes.push({ docId, base: theirs, ...(settled ? { doneAt: entry.edits } : {}) });
  }
  // A raced document was edited again meanwhile; its next push meets the server's copy.
  const raced = await writeStates(ctx.collection, rows);
  const written = outcomes.filter((o) => !raced.has(o.docId));
  await ctx.outbox.settle(ctx.name, written);
  return { mergedToPush: written.some((o) => o.doneAt === undefined), entered };
}
