import { backoffDelay } from './backoff';
import { readEvents } from './sse';
import type { FetchLike } from './http-client';
import type { StreamMessage } from './protocol';

export type LiveStreamEvents = {
  onOpen(): void;
  onMessage(message: StreamMessage): void;
  /** The connection failed or died; the next attempt is at `retryAt`. */
  onDown(reason: string, retryAt: Date): void;
  /** The server refused the token: no retry until the user signs in again. */
  onUnauthorized(): void;
};

export type LiveStreamOptions = {
  fetch: FetchLike;
  url: string;
  token: string;
  events: LiveStreamEvents;
  random?: () => number;
  /**
   * No bytes for this long means the connection is dead (the server sends a heartbeat every
   * 500 ms): the status reads offline within 2 seconds of the network going away.
   */
  staleAfterMs?: number;
};

/**
 * `GET /sync/stream`, kept open: reconnects with backoff after any failure and aborts a connection
 * that went silent (a laptop that slept, a Wi-Fi that vanished without a reset).
 */
export function openLiveStream(options: LiveStreamOptions): { reconnectNow(): void; close(): void } {
  const staleAfterMs = options.staleAfterMs ?? 1_500;
  let attempt = 0;
  let closed = false;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;
  /** While an attempt waits for the server's answer: asking to reconnect then would only restart it. */
  let connecting = false;

  const clearTimers = () => {
    clearTimeout(retryTimer);
    clearTimeout(staleTimer);
  };

  async function connect(): Promise<void> {
    clearTimers();
    controller?.abort();
    const own = (controller = new AbortController());
    const armStale = (after = staleAfterMs) => {
      clearTimeout(staleTimer);
      const due = Date.now() + after;
      staleTimer = setTimeout(() => {
        // A timer that fires late means this thread was busy (a first sync storing a page), and
        // bytes that came meanwhile are still queued: look once more before calling it dead.
        if (Date.now() - due > staleAfterMs / 3) armStale(staleAfterMs / 3);
        else own.abort();
      }, after);
    };
    try {
      armStale();
      connecting = true;
      const response = await options.fetch(options.url, { headers: { authorization: `Bearer ${options.token}` }, signal: own.signal }).finally(() => {
        if (own === controller) connecting = false;
      });
      if (response.status === 401) {
        clearTimers();
        options.events.onUnauthorized();
        return;
      }
      if (!response.ok || !response.body) throw new Error(`the live stream answered ${response.status}`);
      attempt = 0;
      options.events.onOpen();
      await readEvents(response.body, (data) => options.events.onMessage(JSON.parse(data) as StreamMessage), () => armStale());
      throw new Error('the server closed the live stream');
    } catch (error) {
      if (closed || own !== controller) return;
      clearTimeout(staleTimer);
      const delay = backoffDelay(attempt++, options.random);
      const reason = own.signal.aborted ? 'the connection went silent' : error instanceof Error ? error.message : String(error);
      options.events.onDown(reason, new Date(Date.now() + delay));
      retryTimer = setTimeout(() => void connect(), delay);
    }
  }

  void connect();
  return {
    reconnectNow() {
      if (closed || connecting) return;
      attempt = 0;
      void connect();
    },
    close() {
      closed = true;
      clearTimers();
      controller?.abort();
    },
  };
}
