import { useCallback, useEffect, useState } from 'react';
import type { ManagedUser } from '@shared/sync/admin-protocol';
import { useApi } from '../../host/api-context';
import { plainError } from '../../ui/plain-error';
import { adminFailureWords } from './labels';

/** The server's list of accounts (not the synced users collection: it must show a change at once). */
export function useManagedUsers(): { users: ManagedUser[] | null; error: string | null; reload: () => Promise<void> } {
  const api = useApi();
  const [users, setUsers] = useState<ManagedUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setUsers(await api['admin:list-users']({}));
      setError(null);
    } catch (e) {
      setError(plainError(e, adminFailureWords));
    }
  }, [api]);
  useEffect(() => void reload(), [reload]);
  return { users, error, reload };
}
