import type { CollectionSpec } from '@shared/schema/collections';
import type { PushRow, WireDoc } from '@shared/sync/protocol';
import type { Sql } from '../db/database';
import { RequestError } from './request-error';

/** For each field of a collection that names reference data (`refersTo`), the keys this batch names that the database holds. */
export type KnownReferences = Map<string, Set<string>>;

/** One query per such field, inside the push's transaction, so a key is judged by what is stored as the batch is. */
export async function knownReferences(tx: Sql, spec: CollectionSpec<never>, rows: readonly PushRow[]): Promise<KnownReferences> {
  const known: KnownReferences = new Map();
  for (const [field, kind] of Object.entries(spec.refersTo ?? {}) as [string, string][]) {
    const keys = [...new Set(rows.map((r) => r.newDocumentState[field]).filter((v): v is string => typeof v === 'string'))];
    const { rows: held } = await tx.query<{ key: string }>(
      "SELECT DISTINCT data->>'key' AS key FROM documents WHERE collection = 'reference' AND NOT deleted AND data->>'kind' = $1 AND data->>'key' = ANY($2)",
      [kind, keys],
    );
    known.set(field, new Set(held.map((r) => r.key)));
  }
  return known;
}

/**
 * Refuses (400 naming the field) a value set or changed to a key the reference data has no item
 * of: any version counts. A value left as it was stays accepted, even if its item was deleted
 * since, so an old work order can still be worked on; a field left out is not checked (whether it
 * must be there is the collection's own rule).
 */
export function checkReferences(spec: CollectionSpec<never>, known: KnownReferences, stored: WireDoc | undefined, next: WireDoc): void {
  for (const [field, kind] of Object.entries(spec.refersTo ?? {}) as [string, string][]) {
    const value = next[field];
    // An optional field left out names nothing (a work order not yet resolved has no resolution code).
    if (value === undefined || (stored && stored[field] === value)) continue;
    if (!known.get(field)?.has(String(value))) {
      throw new RequestError(400, `document ${String(next.id)}: ${field} ${String(value)} is not a ${kind} in the reference data`, field, String(next.id));
    }
  }
}
