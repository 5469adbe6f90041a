import type { Outbox } from './outbox';
import { useStorageHealth, type StorageTrouble } from '../stores/storage-health';

/** A write of synced documents to local storage failed (the cause says why). */
export class SyncWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SyncWriteError';
  }
}

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Storage errors arrive wrapped: Dexie puts the browser's DOMException in `inner` (a quota
 * failure at commit surfaces as an AbortError around it), RxDB in `parameters`, ours in `cause`.
 */
function* causes(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 6 || typeof error !== 'object' || error === null) return;
  yield error;
  const { inner, cause, parameters } = error as { inner?: unknown; cause?: unknown; parameters?: { error?: unknown; errors?: unknown[] } };
  for (const next of [inner, cause, parameters?.error, ...(parameters?.errors ?? [])]) yield* causes(next, depth + 1);
}

/** What a failed sync run says about local storage, or null when storage is not to blame. */
export function storageTroubleIn(error: unknown): StorageTrouble | null {
  let trouble: StorageTrouble | null = null;
  for (const e of causes(error)) {
    const { name, code } = e as { name?: unknown; code?: unknown };
    if ((typeof name === 'string' && quotaNames.has(name)) || code === 22) return 'full';
    if (e instanceof SyncWriteError) trouble = 'failing';
  }
  return trouble;
}

/** Records a failed run's storage trouble, if it is one; true when it was. */
export function noteStorageTrouble(collection: string, error: unknown): boolean {
  const trouble = storageTroubleIn(error);
  if (trouble) useStorageHealth.getState().report(collection, trouble);
  return trouble !== null;
}

/** A run of this collection stored everything it had to: whatever it reported is over. */
export function noteStorageHealthy(collection: string): void {
  useStorageHealth.getState().clear(collection);
}

/**
 * Resolves once a small write lands again (space was freed), or sync has stopped, trying every
 * `everyMs`. Sync waits on it instead of downloading pages it could not keep. The probe writes to
 * the bookkeeping tables: IndexedDB's quota is the origin's, shared with the documents.
 */
export async function untilWritable(outbox: Outbox, everyMs: number, cancelled: () => boolean): Promise<void> {
  while (!cancelled()) {
    try {
      await outbox.probe();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}
