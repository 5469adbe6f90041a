import type { RxConflictHandler } from 'rxdb';
import type { CollectionSpec } from '@shared/schema/collections';
import { mergeThreeWay } from '@shared/domain/merge';
import { sameDocument } from '@shared/sync/same-document';

/** RxDB's conflict handler for a collection, built from the shared merge rule. */
export function conflictHandlerFor<T>(spec: CollectionSpec<T>): RxConflictHandler<T> {
  const serverOwned = spec.serverOwned as readonly string[];
  return {
    isEqual: (a, b) => sameDocument(a as Record<string, unknown>, b as Record<string, unknown>, serverOwned),
    resolve: async ({ assumedMasterState, realMasterState, newDocumentState }) => {
      if (spec.appendOnly) return realMasterState;
      return mergeThreeWay(assumedMasterState as never, newDocumentState as never, realMasterState as never, serverOwned).merged;
    },
  };
}
