import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { maxPullLimit, type WireDoc } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { dyingStorage } from '../../support/faulty-storage';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { wireOf, type StoredDoc } from '../../../src-renderer/db/pending-changes';

let server: TestServer;
let resumed: NodeClient | undefined;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await resumed?.close();
  await server.stop();
});

/** The server's sequence after its first `count` assets: where a client that stored them resumes. */
async function seqAfter(token: string, count: number): Promise<number> {
  const { body } = await http(server.url, `/sync/assets/pull?seq=0&limit=${count}`, { token });
  return (body as { checkpoint: { seq: number } }).checkpoint.seq;
}

describe('a client killed in the middle of storing a pulled page', () => {
  it('resumes from its last stored page, without a gap, and ends with every asset as the server has it', async () => {
    const { token, user } = await loginHttp(server.url, 'tech01');
    const databaseName = `killed-${Date.now()}`;
    // Pages of 2,000 are stored 500 at a time: the 6th write is the second quarter of page 2.
    const dying = dyingStorage(getRxStorageMemory(), { collection: 'assets', dieOnWrite: 6 });
    const killed = await startNodeClient(server.url, 'tech01', ['assets'], { databaseName, storage: dying.storage });
    await dying.died;
    await killed.close({ keepDatabase: true });
    const page1End = await seqAfter(token, maxPullLimit);

    // While the laptop is off, assets in the stored part of page 2 and on page 1 change on the server.
    const before = [...(await pullAll(server.url, token, 'assets')).values()];
    const changed = [before[10], before[maxPullLimit + 10]] as WireDoc[];
    const rows = changed.map((doc) => ({
      assumedMasterState: doc,
      newDocumentState: { ...doc, room: 'Moved while off', updatedAt: new Date().toISOString(), updatedBy: user.id },
    }));
    expect((await http(server.url, '/sync/assets/push', { token, body: rows })).body).toEqual([]);

    const pulledFrom: number[] = [];
    resumed = await startNodeClient(server.url, 'tech01', ['assets'], {
      databaseName,
      beforeRequest: (url) => {
        const seq = /\/sync\/assets\/pull\?seq=(\d+)/.exec(url)?.[1];
        if (seq !== undefined) pulledFrom.push(Number(seq));
      },
    });
    await resumed.awaitInSync();

    // It kept page 1 and its checkpoint, and asked again for page 2, not past it.
    expect(pulledFrom[0]).toBe(page1End);
    const onServer = await pullAll(server.url, token, 'assets');
    const local = (await resumed.db.assets.storageInstance.findDocumentsById([...onServer.keys()], true)) as unknown as StoredDoc[];
    expect(local.length).toBe(onServer.size);
    expect(await resumed.db.assets.count().exec()).toBe(onServer.size);
    for (const doc of local) expect(wireOf(doc)).toEqual(onServer.get(doc.id as string));
    expect(local.filter((d) => d.room === 'Moved while off').map((d) => d.id).sort()).toEqual(changed.map((d) => d.id).sort());
    expect(await resumed.outbox.tables.pending.count()).toBe(0);
  });
});
