import { childOf, maxCatchUpParents } from '@shared/sync/views';
import type { WireDoc } from '@shared/sync/protocol';
import { applyPulled } from './apply-pulled';
import type { SyncContext } from './sync-context';
import { withParentHere } from './view-exits';

/**
 * Fetches every child (note) of parents that just entered the view and stores those whose parent
 * is still here. Their sequence numbers were passed by this device's checkpoint while it could not
 * see the parent, so no pull would bring them. Resolves the ids fetched, and whether a merge waits
 * to be pushed.
 */
export async function catchUpChildren(ctx: SyncContext, parents: string[]): Promise<{ fetched: string[]; mergedToPush: boolean }> {
  const caught = { fetched: [] as string[], mergedToPush: false };
  for (let i = 0; i < parents.length; i += maxCatchUpParents) {
    const { documents } = await ctx.api['sync:catch-up']({ collection: ctx.name, parents: parents.slice(i, i + maxCatchUpParents) });
    caught.fetched.push(...documents.map((d) => d.id as string));
    caught.mergedToPush = (await applyPulled(ctx, documents)).mergedToPush || caught.mergedToPush;
  }
  return caught;
}

/**
 * The children held here that a pull from the start did not bring although their parent is here,
 * and that stay: the server may not have held that parent when it answered (a note pushed before
 * its new work order), so it left the child out. A child under a parent still waiting to be pushed
 * stays; the others are asked for again by their parents, whose push has been answered by now, and
 * stay if they come back. A child the server truly lacks (a server restored from a backup) goes.
 */
export async function unseenChildrenThatStay(ctx: SyncContext, unseen: WireDoc[]): Promise<{ ids: Set<string>; mergedToPush: boolean }> {
  const link = childOf[ctx.name];
  if (!link) return { ids: new Set(), mergedToPush: false };
  const underParent = await withParentHere(ctx, unseen);
  if (underParent.length === 0) return { ids: new Set(), mergedToPush: false };
  const parentOf = (d: WireDoc) => d[link.field] as string;
  const pendingParents = await ctx.outbox.pendingOf(link.parent);
  const waiting = underParent.filter((d) => pendingParents.has(parentOf(d))).map((d) => d.id as string);
  const askAgain = [...new Set(underParent.filter((d) => !pendingParents.has(parentOf(d))).map(parentOf))];
  const caught = askAgain.length > 0 ? await catchUpChildren(ctx, askAgain) : { fetched: [], mergedToPush: false };
  return { ids: new Set([...waiting, ...caught.fetched]), mergedToPush: caught.mergedToPush };
}
