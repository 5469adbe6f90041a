import type { CollectionName } from '../schema/collections';
import type { AssetWorkOrder, CatchUpResponse, Checkpoint, PullResponse, PushRow, StreamMessage, WireDoc, SessionUser } from '../sync/protocol';

/**
 * Connection to the central server, as the sync indicator shows it.
 *
 *   signed-out ──login──> online <──── network back ────┐
 *                           │  └── network lost ──> offline
 *                           └── 401 (session expired) ──> expired ──login──> online
 *
 * In `offline` and `expired` every local change is kept and pushed once back online.
 */
export type Connection =
  | { state: 'signed-out' }
  | { state: 'online' }
  | { state: 'offline'; retryAt: string | null }
  | { state: 'expired' };

export type SyncStatus = {
  connection: Connection;
  user: SessionUser | null;
  serverUrl: string | null;
  /** Last time a pull or push succeeded. */
  lastSyncedAt: string | null;
  /** The last failure in words a technician can act on, cleared by the next success. */
  lastError: string | null;
};

export type SyncContract = {
  /** Documents of a collection stored on the server after `checkpoint`. */
  'sync:pull': (arg: { collection: CollectionName; checkpoint: Checkpoint; limit: number }) => Promise<PullResponse>;
  /** Every visible document of a child collection under `parents` (they just entered the view). */
  'sync:catch-up': (arg: { collection: CollectionName; parents: string[] }) => Promise<CatchUpResponse>;
  /** Sends local changes; answers the server's copy of each document that conflicted. */
  'sync:push': (arg: { collection: CollectionName; rows: PushRow[] }) => Promise<WireDoc[]>;
  /** The current connection state. */
  'sync:status': (arg: Record<string, never>) => Promise<SyncStatus>;
  /** Try to reach the server now instead of waiting for the next retry (the user pressed "Sync now"). */
  'sync:reconnect': (arg: Record<string, never>) => Promise<void>;
  /** Every work order the server holds on an asset, newest first (online only: the page says so). */
  'sync:asset-history': (arg: { assetId: string }) => Promise<AssetWorkOrder[]>;
};

export const syncChannels = ['sync:pull', 'sync:catch-up', 'sync:push', 'sync:status', 'sync:reconnect', 'sync:asset-history'] as const satisfies readonly (keyof SyncContract)[];

/** Events the main process sends to the renderer. */
export type SyncEvents = {
  /** A live-stream message from the server (or a `resync` after reconnecting). */
  'sync:stream': StreamMessage;
  /** The connection state changed. */
  'sync:status': SyncStatus;
};

export const syncEventNames = ['sync:stream', 'sync:status'] as const satisfies readonly (keyof SyncEvents)[];
