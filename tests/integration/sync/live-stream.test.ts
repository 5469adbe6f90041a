import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '@shared/sync/gateway';
import type { StreamMessage } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { eventually, gatewayFor, loginHttp } from '../../support/api';
import { newWorkOrder } from '../../support/documents';

let server: TestServer;
let watcher: Gateway;
let writer: Gateway;
beforeAll(async () => {
  server = await startTestServer();
  watcher = await gatewayFor(server.url, 'super01');
  writer = await gatewayFor(server.url, 'tech03');
});
afterAll(async () => {
  watcher.close();
  writer.close();
  await server.stop();
});

describe('the live stream', () => {
  it('tells a connected supervisor about a work order another user pushed', async () => {
    const messages: StreamMessage[] = [];
    watcher.onStream((m) => messages.push(m));
    await eventually('the watcher to be online', async () => (await watcher['sync:status']({})).connection.state === 'online');

    const createdBy = (await writer['auth:session']({}))?.user.id ?? '';
    const wo = newWorkOrder({ title: 'Phones down at the road yard', createdBy });
    await writer['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: null, newDocumentState: wo }] });

    const change = await eventually('a change event', () => messages.find((m) => m.type === 'changed' && m.collection === 'work-orders'));
    expect(change).toMatchObject({ type: 'changed', collection: 'work-orders' });
    const seq = (change as { seq: number }).seq;
    const page = await watcher['sync:pull']({ collection: 'work-orders', checkpoint: { seq: seq - 1 }, limit: 10 });
    expect(page.documents.map((d) => d.title)).toEqual(['Phones down at the road yard']);
  });

  it('carries a heartbeat on a quiet connection, so a device notices within 2 seconds that it went dead', async () => {
    const { token } = await loginHttp(server.url, 'tech01');
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/sync/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no stream body');
    const decoder = new TextDecoder();
    let received = '';
    // The resync message first, then nothing changes: only heartbeats keep coming.
    const pings = async () => {
      received += decoder.decode((await reader.read()).value);
      return (received.match(/^: ping$/gm) ?? []).length >= 3 ? received : null;
    };
    await eventually('three heartbeats on a quiet stream', pings, 2_500);
    controller.abort();
  });
});
