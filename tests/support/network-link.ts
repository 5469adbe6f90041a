import { createServer, connect, type Server, type Socket } from 'node:net';

/** One device's way to the server, which a test can cut: its port closes as a lost network's would. */
export type NetworkLink = {
  /** The address the device signs in to. */
  url: string;
  /** Drops every open connection and stops listening: new ones are refused. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A TCP proxy to the server on a port of its own, so one device can go offline while other users
 * (and the test, over HTTP) still reach the server. Cutting it stops every request of the device,
 * service-worker fetches included, which Playwright's offline switch does not.
 */
export async function startNetworkLink(target: { port: number }): Promise<NetworkLink> {
  const sockets = new Set<Socket>();
  const relay = (client: Socket) => {
    const upstream = connect(target.port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => end()).on('close', () => end());
    }
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.pipe(upstream);
    upstream.pipe(client);
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
    close: stop,
  };
}
