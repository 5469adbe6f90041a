import type { Checkpoint } from '@shared/sync/protocol';
import type { SyncContext } from './sync-context';

/**
 * How far a collection has pulled, and from whom: the server's id and the read rule's version the
 * sequence number belongs to. `resyncing`: a pull from the start is under way (another server, a
 * sequence that went back, a newer rule); until it ends, the documents it has not met may be gone.
 */
export type StoredCheckpoint = Checkpoint & { server?: string; view?: number; resyncing?: boolean };

/** Local documents (never synced) hold each collection's checkpoint. */
const checkpointId = (ctx: SyncContext) => `pulled-${ctx.name}`;

export async function loadCheckpoint(ctx: SyncContext): Promise<StoredCheckpoint> {
  const stored = await ctx.db.getLocal<StoredCheckpoint>(checkpointId(ctx));
  return stored ? (stored.toJSON().data as StoredCheckpoint) : { seq: 0 };
}

export async function saveCheckpoint(ctx: SyncContext, checkpoint: StoredCheckpoint): Promise<void> {
  await ctx.db.upsertLocal<StoredCheckpoint>(checkpointId(ctx), checkpoint);
}

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
