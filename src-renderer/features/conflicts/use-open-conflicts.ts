import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { EditConflict } from '../../db/edit-conflicts.schema';

const openQuery = { selector: { state: 'open' as const }, sort: [{ at: 'desc' as const }] };

/** This user's edits that did not survive sync and still want a decision. */
export function useOpenConflicts(): EditConflict[] {
  const { results } = useLiveRxQuery<EditConflict>({ collection: 'edit_conflicts', query: openQuery });
  return useMemo(() => results.map((d) => d.toJSON() as EditConflict), [results]);
}
