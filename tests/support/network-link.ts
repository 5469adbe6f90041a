import { createServer, connect, type Server, type Socket } from 'node:net';

/** One device's way to the server, which a test can cut: its port closes as a lost network's would. */
export type NetworkLink = {
  /** The address the device signs in to. */
  url: string;
  /** Drops every open connection and stops listening: new ones are refused. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  /**
   * Keeps every connection open but carries nothing, new ones included: a Wi-Fi that vanished
   * without a reset, which only a heartbeat reveals. `thaw` carries what waited.
   */
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
};

/**
 * A TCP proxy to the server on a port of its own, so one device can go offline while other users
 * (and the test, over HTTP) still reach the server. Cutting it stops every request of the device,
 * service-worker fetches included, which Playwright's offline switch does not.
 */
export async function startNetworkLink(target: { port: number }): Promise<NetworkLink> {
  const sockets = new Set<Socket>();
  let frozen = false;
  /** What arrived while frozen, to carry on thaw, in order. */
  let held: { to: Socket; chunk: Buffer }[] = [];
  const relay = (client: Socket) => {
    const upstream = connect(target.port, '127.0.0.1');
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(from);
      from.on('error', end).on('close', end);
      from.on('data', (chunk: Buffer) => (frozen ? held.push({ to, chunk }) : to.write(chunk)));
    }
  };
  let server: Server = createServer(relay);
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  await listen(0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cut: stop,
    async restore() {
      if (server.listening) return;
      server = createServer(relay);
      await listen(port);
    },
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const { to, chunk } of held) if (!to.destroyed) to.write(chunk);
      held = [];
    },
    close: stop,
  };
}
