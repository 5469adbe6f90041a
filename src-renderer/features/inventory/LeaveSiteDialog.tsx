import { UnsentChangesDialog } from '../sync-status/UnsentChangesDialog';

/** Before a site is left with scans not yet on the server: say so, and offer to sync now when online. */
export function LeaveSiteDialog({ unsynced, ...rest }: { unsynced: number; online: boolean; syncing: boolean; onSync: () => void; onLeave: () => void; onClose: () => void }) {
  return (
    <UnsentChangesDialog
      title="Leave the site?"
      leaveLabel="Leave anyway"
      unsent={`${unsynced} scan${unsynced === 1 ? ' is' : 's are'} kept on this laptop and not on the server yet.`}
      {...rest}
    />
  );
}
