import { UnsentChangesDialog } from '../sync-status/UnsentChangesDialog';
import { useSyncThenLeave } from '../sync-status/use-sync-then-leave';

/**
 * Signing out with changes waiting: names how many and offers to sync first. Signing out closes
 * the user's database and keeps it, so what waits is sent at their next sign-in on this laptop.
 */
export function SignOutDialog({ unsent, onSignOut, onClose }: { unsent: number; onSignOut: () => void; onClose: () => void }) {
  const { online, syncing, syncNow } = useSyncThenLeave(unsent, onSignOut);
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
