import { createServer, connect, type Socket } from 'node:net';

/**
 * A TCP proxy to the server that cuts a connection once it has carried `cutAfterBytes` bytes of
 * answer, for the first `cuts` connections whose request matches: the network dropping mid-transfer.
 */
export async function startCuttingProxy(target: { port: number }, rule: { match: RegExp; cutAfterBytes: number; cuts: number }) {
  let remaining = rule.cuts;
  let cutCount = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    const upstream = connect(target.port, '127.0.0.1');
    sockets.add(upstream);
    let armed = false;
    let carried = 0;
    client.on('data', (chunk) => {
      if (!armed && remaining > 0 && rule.match.test(chunk.toString('latin1').split('\r\n')[0] ?? '')) {
        armed = true;
        remaining--;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      carried += chunk.length;
      if (armed && carried > rule.cutAfterBytes) {
        cutCount++;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    cuts: () => cutCount,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
