import { storageTroubleOf, useStorageHealth, type StorageTrouble } from '../../stores/storage-health';

/** The indicator's state word while sync cannot store what it receives. */
export const storageLabels: Record<StorageTrouble, string> = {
  full: 'Storage full',
  failing: 'Cannot save',
};

/** What happened, what FieldDesk does about it, and what the technician can do. */
const explanations: Record<StorageTrouble, string> = {
  full: 'This laptop is out of storage space: FieldDesk keeps everything it has and stops downloading until space is freed.',
  failing: 'FieldDesk cannot save to this laptop right now: it keeps everything it has and tries again shortly.',
};

export function useStorageTrouble(): StorageTrouble | null {
  return useStorageHealth(storageTroubleOf);
}

/** Shown in the sync indicator while storage is in trouble; gone once a sync write lands again. */
export function StorageTroubleNote({ trouble }: { trouble: StorageTrouble }) {
  return (
    <span role="alert" className="attention" data-testid="storage-trouble">
      {explanations[trouble]}
    </span>
  );
}
