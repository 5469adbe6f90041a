import type { Checkpoint } from '@shared/sync/protocol';
import type { SyncContext } from './sync-context';

/** Local documents (never synced) hold how far each collection has pulled. */
const checkpointId = (ctx: SyncContext) => `pulled-${ctx.name}`;

export async function loadCheckpoint(ctx: SyncContext): Promise<Checkpoint> {
  const stored = await ctx.db.getLocal<Checkpoint>(checkpointId(ctx));
  return { seq: stored?.get('seq') ?? 0 };
}

export async function saveCheckpoint(ctx: SyncContext, checkpoint: Checkpoint): Promise<void> {
  await ctx.db.upsertLocal<Checkpoint>(checkpointId(ctx), checkpoint);
}
