import { useCallback, useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { ReferenceDoc, ReferenceKind } from '@shared/schema/reference.schema';
import { countyKey, inForceByKey } from '@shared/domain/reference';
import { clientUpdateEveryHours } from '@shared/domain/client-updates';

// One query object per kind, so the live query is not rebuilt at every render.
const queries = new Map<ReferenceKind, { selector: { kind: ReferenceKind } }>();
const queryFor = (kind: ReferenceKind) => {
  let query = queries.get(kind);
  if (!query) queries.set(kind, (query = { selector: { kind } }));
  return query;
};

/** Every version of `kind` this device holds, live (the reference collection is small: no index needed). */
export function useReferenceVersions(kind: ReferenceKind): { versions: ReferenceDoc[]; loading: boolean } {
  const { results, loading } = useLiveRxQuery<ReferenceDoc>({ collection: 'reference', query: queryFor(kind) });
  const versions = useMemo(() => results.map((doc) => doc.toJSON() as ReferenceDoc), [results]);
  return { versions, loading };
}

/** The version in force of each item of `kind`, by key. */
export function useReferenceInForce(kind: ReferenceKind): { items: Map<string, ReferenceDoc>; versions: ReferenceDoc[]; loading: boolean } {
  const { versions, loading } = useReferenceVersions(kind);
  const items = useMemo(() => inForceByKey(versions, kind), [versions, kind]);
  return { items, versions, loading };
}

/** An item's name by its key, in the version in force; a key this device has not received yet is shown as it is. */
export function useReferenceName(kind: ReferenceKind): (key: string) => string {
  const { items } = useReferenceInForce(kind);
  return useCallback((key: string) => items.get(key)?.name ?? key, [items]);
}

/** A work-order category's name by its key. */
export const useCategoryName = (): ((key: string) => string) => useReferenceName('work-order-category');

/** The county's interval for client updates, in hours (the shipped default until the setting reaches this device). */
export function useClientUpdateHours(): number {
  const { items } = useReferenceInForce('work-order-settings');
  return items.get(countyKey)?.workOrderSettings?.clientUpdateEveryHours ?? clientUpdateEveryHours;
}
