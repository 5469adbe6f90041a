import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { Person } from '@shared/schema/user.schema';

const everyone = {};

/** Every person the device holds, by id: the names a report prints instead of ids. */
export function usePeopleNames(): Map<string, string> {
  const { results } = useLiveRxQuery<Person>({ collection: 'users', query: everyone });
  return useMemo(() => new Map(results.map((doc) => [doc.id, doc.name])), [results]);
}
