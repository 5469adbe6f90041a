import { UnsentChangesDialog } from '../sync-status/UnsentChangesDialog';
import { useSyncThenLeave } from '../sync-status/use-sync-then-leave';

/** Before a site is left with scans not yet on the server: say so, and offer to sync now when online. */
export function LeaveSiteDialog({ unsynced, onLeave, onClose }: { unsynced: number; onLeave: () => void; onClose: () => void }) {
  const { online, syncing, syncNow } = useSyncThenLeave(unsynced, onLeave);
  return (
    <UnsentChangesDialog
      title="Leave the site?"
      leaveLabel="Leave anyway"
      unsent={`${unsynced} scan${unsynced === 1 ? ' is' : 's are'} kept on this laptop and not on the server yet.`}
      online={online}
      syncing={syncing}
      onSync={syncNow}
      onLeave={onLeave}
      onClose={onClose}
    />
  );
}
