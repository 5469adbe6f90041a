import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { startCuttingProxy } from '../../support/cutting-proxy';
import { loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';

let server: TestServer;
let proxy: Awaited<ReturnType<typeof startCuttingProxy>>;
let client: NodeClient;
beforeAll(async () => {
  server = await startTestServer();
  proxy = await startCuttingProxy(new URL(server.url) as unknown as { port: number }, { match: /^GET \/sync\/assets\/pull/, cutAfterBytes: 100_000, cuts: 3 });
});
afterAll(async () => {
  await client?.close();
  await proxy.close();
  await server.stop();
});

describe('the connection cut in the middle of a pull', () => {
  it('three times over: the client retries from its checkpoint and ends with every asset, once', async () => {
    client = await startNodeClient(proxy.url, 'tech01', ['assets']);
    await client.awaitInSync();
    expect(proxy.cuts()).toBe(3);
    const { token } = await loginHttp(server.url, 'tech01');
    const onServer = await pullAll(server.url, token, 'assets');
    const local = await client.db.assets.find().exec();
    expect(local.length).toBe(onServer.size);
    expect(local.every((doc) => onServer.has(doc.id))).toBe(true);
  });
});
