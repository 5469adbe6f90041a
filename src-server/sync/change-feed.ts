import type { StreamMessage } from '@shared/sync/protocol';
import { isCollectionName } from '@shared/schema/collections';
import type { Database } from '../db/database';
import { changesChannel } from './document-store';

export type ChangeFeed = {
  subscribe(listener: (message: StreamMessage) => void): () => void;
  close(): Promise<void>;
};

/**
 * Relays the database's change notifications to this process's live streams. Going through
 * PostgreSQL LISTEN/NOTIFY (not an in-process event) is what lets several server processes share
 * one database: a push stored by any of them reaches clients streaming from all of them.
 */
export async function openChangeFeed(db: Database): Promise<ChangeFeed> {
  const listeners = new Set<(message: StreamMessage) => void>();
  const emit = (message: StreamMessage) => {
    for (const listener of listeners) listener(message);
  };
  const unlisten = await db.listen(
    changesChannel,
    (payload) => {
      const parsed = JSON.parse(payload) as { collection: string; seq: number };
      if (isCollectionName(parsed.collection)) emit({ type: 'changed', collection: parsed.collection, seq: parsed.seq });
    },
    // Changes announced while the database connection was down were missed: every client pulls.
    () => emit({ type: 'resync' }),
  );
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: unlisten,
  };
}
