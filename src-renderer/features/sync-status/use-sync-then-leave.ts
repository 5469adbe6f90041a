import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../host/api-context';
import { useSyncStatus } from './use-sync-status';

/**
 * What a dialog that holds someone back with work not yet sent needs (UnsentChangesDialog): whether
 * the laptop is online, and "Sync now". Once nothing waits, whether sent because they asked or on
 * its own meanwhile, they leave as they meant to (once: the dialog may render again before it is
 * gone).
 */
export function useSyncThenLeave(unsent: number, onLeave: () => void): { online: boolean; syncing: boolean; syncNow: () => void } {
  const api = useApi();
  const online = useSyncStatus()?.connection.state === 'online';
  const [syncing, setSyncing] = useState(false);
  const left = useRef(false);
  useEffect(() => {
    if (unsent === 0 && !left.current) {
      left.current = true;
      onLeave();
    }
    if (syncing && !online) setSyncing(false);
  }, [syncing, unsent, online, onLeave]);
  const syncNow = () => {
    setSyncing(true);
    void api['sync:reconnect']({}).catch(() => setSyncing(false));
  };
  return { online, syncing, syncNow };
}
