import { ApiError } from '@shared/api/api-error';
import type { RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import type { Middleware, DBCore } from 'dexie';
import type { FieldDeskApi } from '@shared/api/contract';
import type { CollectionName } from '@shared/schema/collections';
import { createEventHub } from '@shared/api/events';
import { bindContract, serveContract } from '@shared/api/transport';
import { createGateway, type Gateway } from '@shared/sync/gateway';
import { memorySessionStore } from '@shared/sync/session-store';
import { openDatabase, outboxOf, removeDatabase, type FieldDeskDatabase } from '../../src-renderer/db/database';
import type { Outbox } from '../../src-renderer/sync/outbox';
import type { EditConflict } from '../../src-renderer/db/bookkeeping';
import { startSync } from '../../src-renderer/sync/start-sync';
import { openAttachmentFiles, type AttachmentFiles } from '../../src-renderer/db/attachment-files';
import type { ContentTransfer } from '../../src-renderer/features/attachments/content-transfer';
import { startAttachmentsDevice } from '../../src-renderer/features/attachments/attachments-device';

export type NodeClient = {
  db: FieldDeskDatabase;
  /** The device's sync bookkeeping (pending changes, edits not applied, checkpoints), in fake-indexeddb. */
  outbox: Outbox;
  /** The entries of the list of edits not applied that have these values. */
  conflicts(where?: Partial<EditConflict>): Promise<EditConflict[]>;
  gateway: Gateway;
  userId: string;
  /** Resolves when everything local is pushed and everything on the server pulled. */
  awaitInSync(): Promise<void>;
  /** Cuts or restores this client's network: requests fail as they do with no network at all. */
  setOnline(online: boolean): void;
  /** With `attachments: true`: the device's attachment bytes (fake-indexeddb) and their transfer. */
  files?: AttachmentFiles;
  transfer?: ContentTransfer;
  /** Stops syncing and removes the database; `keepDatabase` leaves it, as a killed app or a closed laptop leaves its disk. */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
};

let counter = 0;

/**
 * The renderer's own database, replication and conflict handling, running in Node on RxDB's memory
 * storage and talking to a real server through the real gateway. Only IndexedDB and React are absent.
 */
export async function startNodeClient(
  serverUrl: string,
  username: string,
  // Open-source RxDB allows 13 collections open at once per process: clients take only what they use.
  collections: readonly CollectionName[] = ['work-orders', 'work-order-notes'],
  options: {
    /**
     * Sees every request (and the size of its body) before it leaves, and holds it until the
     * returned promise settles (fault tests use it to pull the plug, or to edit, at the worst moment).
     */
    beforeRequest?: (url: string, bodyBytes: number) => void | Promise<void>;
    /** Opens this (memory) database instead of a fresh one: what the device already had. */
    databaseName?: string;
    /** Storage in place of RxDB's memory storage (fault tests wrap it to make writes fail). */
    storage?: RxStorage<unknown, unknown>;
    /** Keep attachment bytes and move them as the app does (needs `users`, `work-orders` and `attachments` among the collections). */
    attachments?: boolean;
    /** Dexie middleware over the bookkeeping tables (fault tests make their writes fail too). */
    bookkeepingMiddleware?: Middleware<DBCore>[];
  } = {},
): Promise<NodeClient> {
  const { beforeRequest = () => undefined } = options;
  let online = true;
  const fetchThroughSwitch: typeof fetch = async (input, init) => {
    if (!online) throw new TypeError('fetch failed: network is down');
    await beforeRequest(String(input), typeof init?.body === 'string' ? new TextEncoder().encode(init.body).length : 0);
    return fetch(input, init);
  };
  const gateway = createGateway({ fetch: fetchThroughSwitch, store: memorySessionStore(), device: `node-${username}`, staleAfterMs: 60_000 });
  const hub = createEventHub();
  gateway.onStream((m) => hub.emit('sync:stream', m));
  gateway.onStatus((s) => hub.emit('sync:status', s));
  await gateway.start();
  const session = await gateway['auth:login']({ serverUrl, username, password: 'fielddesk' });
  // No page to print in Node: a client here answers reports as a host without a printer would.
  const served = serveContract({ ...gateway, 'report:save-pdf': () => Promise.reject(new ApiError({ kind: 'rejected', message: 'nothing to print in a Node client' })) });
  const api: FieldDeskApi = { ...bindContract((channel, arg) => served[channel](arg)), on: hub.on };
  const db = await openDatabase(session.user.id, {
    storage: options.storage ?? getRxStorageMemory(),
    name: options.databaseName ?? `client-${username}-${++counter}-${Date.now()}`,
    collections,
    bookkeeping: { indexedDB, IDBKeyRange, middleware: options.bookkeepingMiddleware ?? [] },
  });
  const sync = startSync(db, api, collections);
  const device = options.attachments
    ? startAttachmentsDevice(db, api, session.user, openAttachmentFiles(session.user.id, { name: `files-${db.name}`, indexedDb: { indexedDB, IDBKeyRange } }))
    : undefined;
  return {
    db,
    outbox: outboxOf(db),
    conflicts: (where = {}) =>
      outboxOf(db).tables.conflicts.filter((c) => Object.entries(where).every(([k, v]) => c[k as keyof EditConflict] === v)).toArray(),
    gateway,
    files: device?.files,
    transfer: device?.transfer,
    userId: session.user.id,
    setOnline(next) {
      online = next;
      if (next) void gateway['sync:reconnect']({});
    },
    awaitInSync: () => sync.awaitInSync(),
    async close({ keepDatabase = false } = {}) {
      await device?.stop();
      await sync.stop();
      gateway.close();
      await (keepDatabase ? db.close() : removeDatabase(db));
    },
  };
}
