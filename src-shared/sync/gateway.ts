import { ApiError } from '../api/api-error';
import type { ServerContract } from '../api/contract';
import type { SessionInfo } from '../api/auth.contract';
import type { Connection, SyncStatus } from '../api/sync.contract';
import { requestJson, type FetchLike } from './http-client';
import { openLiveStream } from './live-stream';
import { adminCalls } from './admin-calls';
import { attachmentCalls } from './attachment-calls';
import type { AssetWorkOrder, CatchUpResponse, LoginResponse, PullResponse, StreamMessage, WireDoc } from './protocol';
import type { SessionStore, StoredSession } from './session-store';

export type GatewayOptions = {
  fetch: FetchLike;
  store: SessionStore;
  /** Named in the server's audit trail: which laptop made a change. */
  device: string;
  random?: () => number;
  staleAfterMs?: number;
};

/** The sync gateway: FieldDeskApi's server half (sign-in, sync, accounts), plus the events it emits. */
export type Gateway = ServerContract & {
  /** Loads the kept session and, if there is one, connects the live stream. */
  start(): Promise<void>;
  onStream(listener: (message: StreamMessage) => void): () => void;
  onStatus(listener: (status: SyncStatus) => void): () => void;
  close(): void;
};

const trimUrl = (url: string) => url.trim().replace(/\/+$/, '');

/**
 * Talks to the central server with web-standard APIs only, so the same module runs in the
 * Electron main process, in Node tests and in a browser page.
 */
export function createGateway(options: GatewayOptions): Gateway {
  let session: StoredSession | null = null;
  let connection: Connection = { state: 'signed-out' };
  let lastSyncedAt: string | null = null;
  let lastError: string | null = null;
  let stream: ReturnType<typeof openLiveStream> | null = null;
  const streamListeners = new Set<(message: StreamMessage) => void>();
  const statusListeners = new Set<(status: SyncStatus) => void>();

  const status = (): SyncStatus => ({
    connection,
    user: session?.user ?? null,
    serverUrl: session?.serverUrl ?? null,
    lastSyncedAt,
    lastError,
  });
  const publish = () => {
    const snapshot = status();
    for (const listener of statusListeners) listener(snapshot);
  };
  const setConnection = (next: Connection, error: string | null = lastError) => {
    connection = next;
    lastError = error;
    publish();
  };

  function connectStream(): void {
    stream?.close();
    if (!session) return;
    stream = openLiveStream({
      fetch: options.fetch,
      url: `${session.serverUrl}/sync/stream`,
      token: session.token,
      random: options.random,
      staleAfterMs: options.staleAfterMs,
      events: {
        onOpen: () => setConnection({ state: 'online' }, null),
        onMessage: (message) => streamListeners.forEach((l) => l(message)),
        onDown: (reason, retryAt) => setConnection({ state: 'offline', retryAt: retryAt.toISOString() }, reason),
        onUnauthorized: expire,
      },
    });
  }

  function expire(): void {
    stream?.close();
    stream = null;
    setConnection({ state: 'expired' }, 'your session has expired: sign in again to send your changes');
  }

  function requireSession(): StoredSession {
    if (!session) throw new ApiError({ kind: 'expired', message: 'sign in first' });
    if (connection.state === 'expired') throw new ApiError({ kind: 'expired', message: 'sign in again to sync' });
    return session;
  }

  /** Runs a request and keeps the connection state in step with what it learned. */
  async function call<T>(run: (s: StoredSession) => Promise<T>, isSync = true): Promise<T> {
    const current = requireSession();
    try {
      const result = await run(current);
      if (isSync) lastSyncedAt = new Date().toISOString();
      if (connection.state === 'offline') stream?.reconnectNow();
      else if (lastError) setConnection(connection, null);
      else publish();
      return result;
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'expired') expire();
      else if (error instanceof ApiError && error.kind === 'offline' && connection.state === 'online') {
        stream?.reconnectNow();
      }
      throw error;
    }
  }

  return {
    async start() {
      session = await options.store.load();
      if (!session) return setConnection({ state: 'signed-out' });
      setConnection({ state: 'offline', retryAt: null }, null);
      connectStream();
    },

    async 'auth:login'({ serverUrl, username, password }) {
      const url = trimUrl(serverUrl);
      const answer = await requestJson<LoginResponse>(options.fetch, `${url}/auth/login`, {
        method: 'POST',
        body: { username, password, device: options.device },
      }).catch((error: unknown) => {
        if (error instanceof ApiError && error.kind === 'expired') {
          throw new ApiError({ kind: 'rejected', message: 'wrong username or password', field: 'password' });
        }
        throw error;
      });
      session = { serverUrl: url, token: answer.token, expiresAt: answer.expiresAt, user: answer.user };
      await options.store.save(session);
      setConnection({ state: 'offline', retryAt: null }, null);
      connectStream();
      return { user: session.user, serverUrl: url, expiresAt: session.expiresAt } satisfies SessionInfo;
    },

    async 'auth:logout'() {
      const current = session;
      stream?.close();
      stream = null;
      session = null;
      await options.store.clear();
      setConnection({ state: 'signed-out' }, null);
      if (current) {
        await requestJson(options.fetch, `${current.serverUrl}/auth/logout`, { method: 'POST', token: current.token, body: {} }).catch(
          () => undefined,
        );
      }
    },

    async 'auth:session'() {
      return session ? { user: session.user, serverUrl: session.serverUrl, expiresAt: session.expiresAt } : null;
    },

    'sync:pull': ({ collection, checkpoint, limit }) =>
      call((s) =>
        requestJson<PullResponse>(options.fetch, `${s.serverUrl}/sync/${collection}/pull?seq=${checkpoint.seq}${checkpoint.at ? `&at=${encodeURIComponent(checkpoint.at)}` : ''}&limit=${limit}`, {
          token: s.token,
        }),
      ),

    'sync:catch-up': ({ collection, parents }) =>
      call((s) =>
        requestJson<CatchUpResponse>(options.fetch, `${s.serverUrl}/sync/${collection}/catch-up`, { method: 'POST', token: s.token, body: { parents } }),
      ),

    'sync:push': ({ collection, rows }) =>
      call((s) => requestJson<WireDoc[]>(options.fetch, `${s.serverUrl}/sync/${collection}/push`, { method: 'POST', token: s.token, body: rows })),

    async 'sync:status'() {
      return status();
    },

    'sync:asset-history': ({ assetId }) =>
      call((s) => requestJson<AssetWorkOrder[]>(options.fetch, `${s.serverUrl}/work-orders/by-asset/${encodeURIComponent(assetId)}`, { token: s.token }), false),

    ...adminCalls((path, init = {}) => call((s) => requestJson(options.fetch, `${s.serverUrl}${path}`, { ...init, token: s.token }), false)),

    ...attachmentCalls(options.fetch, (run) => call(run, false)),

    async 'sync:reconnect'() {
      if (session && connection.state !== 'expired') {
        if (!stream) connectStream();
        else stream.reconnectNow();
      }
    },

    onStream(listener) {
      streamListeners.add(listener);
      return () => streamListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close() {
      stream?.close();
      stream = null;
    },
  };
}
