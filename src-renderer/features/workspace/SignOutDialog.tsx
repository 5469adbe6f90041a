import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../host/api-context';
import { UnsentChangesDialog } from '../sync-status/UnsentChangesDialog';
import { useSyncStatus } from '../sync-status/use-sync-status';

/**
 * Signing out with changes waiting: names how many and offers to sync first. Signing out closes
 * the user's database and keeps it, so what waits is sent at their next sign-in on this laptop.
 */
export function SignOutDialog({ unsent, onSignOut, onClose }: { unsent: number; onSignOut: () => void; onClose: () => void }) {
  const api = useApi();
  const online = useSyncStatus()?.connection.state === 'online';
  const [syncing, setSyncing] = useState(false);
  const signedOut = useRef(false);
  // Asked to sync before signing out: once everything is sent, sign out as asked (once: renders
  // before this dialog is gone would ask again).
  useEffect(() => {
    if (syncing && unsent === 0 && !signedOut.current) {
      signedOut.current = true;
      onSignOut();
    }
    if (syncing && !online) setSyncing(false);
  }, [syncing, unsent, online, onSignOut]);
  const syncNow = () => {
    setSyncing(true);
    void api['sync:reconnect']({}).catch(() => setSyncing(false));
  };
  return (
    <UnsentChangesDialog
      title="Sign out with changes not sent?"
      leaveLabel="Sign out anyway"
      unsent={`${unsent} change${unsent === 1 ? ' you made is' : 's you made are'} kept on this laptop and not on the server yet. They stay here and are sent the next time you sign in on this laptop.`}
      online={online}
      syncing={syncing}
      onSync={syncNow}
      onLeave={onSignOut}
      onClose={onClose}
    />
  );
}
