import { maxCatchUpParents } from '@shared/sync/views';
import { applyPulled } from './apply-pulled';
import type { SyncContext } from './sync-context';

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
