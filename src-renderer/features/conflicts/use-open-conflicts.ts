import { useLiveQuery } from 'dexie-react-hooks';
import { useRxDatabase } from 'rxdb/plugins/react';
import { outboxOf, type FieldDeskDatabase } from '../../db/database';
import type { EditConflict } from '../../db/bookkeeping';

const none: EditConflict[] = [];

/** This user's edits that did not survive sync and still want a decision, latest first. */
export function useOpenConflicts(): EditConflict[] {
  const { tables } = outboxOf(useRxDatabase() as FieldDeskDatabase);
  const open = useLiveQuery(async () => (await tables.conflicts.where('state').equals('open').sortBy('at')).reverse(), [tables]);
  return open ?? none;
}
