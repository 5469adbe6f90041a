import type { WireDoc } from '@shared/sync/protocol';
import { mergeThreeWay } from '@shared/domain/merge';
import { sameDocument } from '@shared/sync/same-document';
import type { SyncContext } from './sync-context';

/**
 * My local edits (made on `base`) replayed onto the server's newer copy, by the shared three-way
 * merge; every value that lost on either side is reported, so it stays where people see it.
 * Append-only documents are never edited: the server's copy stands.
 */
async function rebase(ctx: SyncContext, base: WireDoc | undefined, mine: WireDoc, theirs: WireDoc): Promise<WireDoc> {
  if (ctx.spec.appendOnly) return theirs;
  const { merged, overridden, replaced } = mergeThreeWay(base as never, mine as never, theirs as never, ctx.spec.serverOwned as readonly string[]);
  if (overridden.length > 0) await ctx.conflicts.overridden(ctx.name, mine, theirs, overridden);
  if (replaced.length > 0) await ctx.conflicts.replaced(ctx.name, mine, theirs, replaced);
  return merged as WireDoc;
}

/**
 * What a locally edited document becomes now that the server holds `theirs`: the state to store,
 * and whether anything of mine is left to push (when not, the server's copy itself is stored).
 */
export async function rebaseOnto(ctx: SyncContext, base: WireDoc | undefined, mine: WireDoc, theirs: WireDoc): Promise<{ state: WireDoc; settled: boolean }> {
  const merged = await rebase(ctx, base, mine, theirs);
  const settled = sameDocument(merged, theirs, ctx.spec.serverOwned as readonly string[]);
  return { state: settled ? theirs : merged, settled };
}
