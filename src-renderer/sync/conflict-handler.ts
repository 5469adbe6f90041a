import type { RxConflictHandler } from 'rxdb';
import type { CollectionName, CollectionSpec } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import { mergeThreeWay } from '@shared/domain/merge';
import { sameDocument } from '@shared/sync/same-document';
import { refusalKey, type EditConflicts } from './edit-conflicts';

/**
 * RxDB's conflict handler for a collection: the shared three-way merge, with every value that lost
 * reported to `conflicts`. A change the server refused is dropped back to the server's copy (and
 * reported) instead of being merged and sent again forever.
 */
export function conflictHandlerFor<T>(spec: CollectionSpec<T>, conflicts?: EditConflicts): RxConflictHandler<T> {
  const serverOwned = spec.serverOwned as readonly string[];
  const name = spec.name as CollectionName;
  return {
    isEqual: (a, b) => sameDocument(a as Record<string, unknown>, b as Record<string, unknown>, serverOwned),
    resolve: async ({ assumedMasterState, realMasterState, newDocumentState }) => {
      const mine = newDocumentState as unknown as WireDoc;
      const theirs = realMasterState as unknown as WireDoc;
      if (conflicts?.refusals.has(refusalKey(name, mine))) {
        await conflicts.refused(name, mine, theirs);
        return realMasterState;
      }
      if (spec.appendOnly) return realMasterState;
      const { merged, overridden, replaced } = mergeThreeWay(assumedMasterState as never, mine as never, theirs as never, serverOwned);
      if (overridden.length > 0) await conflicts?.overridden(name, mine, theirs, overridden);
      if (replaced.length > 0) await conflicts?.replaced(name, mine, theirs, replaced);
      return merged as T & { _deleted: boolean };
    },
  };
}
