import type { StoredCheckpoint } from '../db/bookkeeping';

export type { StoredCheckpoint };

/**
 * Whether a pull answer shows the checkpoint no longer fits: another server, a server whose
 * sequence went back (restored from a backup: its head is behind, or the checkpoint's document is
 * not where it was, even once new writes have passed the old sequence), or a newer read rule. A checkpoint from before
 * servers had ids adopts the server's.
 */
export function checkpointStale(checkpoint: StoredCheckpoint, answer: { server?: string; view?: number; head?: number; reset?: boolean }): boolean {
  if (checkpoint.seq === 0) return false;
  if (answer.reset) return true;
  if (checkpoint.server !== undefined && answer.server !== undefined && checkpoint.server !== answer.server) return true;
  if (answer.head !== undefined && answer.head < checkpoint.seq) return true;
  return checkpoint.view !== undefined && answer.view !== undefined && checkpoint.view !== answer.view;
}
