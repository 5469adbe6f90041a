import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { WireDoc } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { fullDiskStorage } from '../../support/faulty-storage';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';
import { wireOf, type StoredDoc } from '../../../src-renderer/db/pending-changes';
import { storageTroubleOf, useStorageHealth } from '../../../src-renderer/stores/storage-health';

let server: TestServer;
let client: NodeClient;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await client?.close();
  await server.stop();
});

const trouble = () => storageTroubleOf(useStorageHealth.getState());
const checkpointSeq = async () => (await client.outbox.loadCheckpoint('work-orders')).seq;

describe('the disk filling up while the device syncs', () => {
  it('says so, keeps what it holds and its checkpoint, and catches up once space is freed', async () => {
    const disk = fullDiskStorage(getRxStorageMemory());
    client = await startNodeClient(server.url, 'super01', ['work-orders', 'work-order-notes'], { storage: disk.storage });
    await client.awaitInSync();
    const seqBefore = await checkpointSeq();

    // Offline, the supervisor edits a work order: it waits on the device to be sent.
    client.setOnline(false);
    const mine = await client.db.work_orders.findOne({ selector: { status: 'new' } }).exec();
    if (!mine) throw new Error('the demo county has no new work order');
    await mine.incrementalPatch({ title: 'Edited before the disk filled', updatedAt: new Date().toISOString(), updatedBy: client.userId });
    await eventually('the edit to be pending', async () => (await client.outbox.tables.pending.count()) === 1);

    // The disk fills up; meanwhile a colleague creates work the device will have to store.
    disk.setFull(true);
    const { token, user } = await loginHttp(server.url, 'super02');
    const created = Array.from({ length: 30 }, () => newWorkOrder({ createdBy: user.id, title: 'Created while the disk was full' }));
    const push = await http(server.url, '/sync/work-orders/push', { token, body: created.map((wo) => ({ assumedMasterState: null, newDocumentState: wo })) });
    expect(push.body).toEqual([]);
    client.setOnline(true);

    await eventually('the device to report a full disk', () => trouble() === 'full', 20_000);
    // Nothing already stored is lost, and the checkpoint has not moved past what was not stored.
    expect((await client.db.work_orders.findOne(mine.id).exec())?.title).toBe('Edited before the disk filled');
    expect(await client.outbox.tables.pending.count()).toBe(1);
    expect(await checkpointSeq()).toBe(seqBefore);
    expect(await client.db.work_orders.findByIds(created.map((wo) => wo.id)).exec()).toHaveProperty('size', 0);

    // Space is freed: sync recovers by itself, and the report clears.
    disk.setFull(false);
    await client.awaitInSync();
    expect(trouble()).toBeNull();
    const onServer = await pullAll(server.url, token, 'work-orders');
    expect(onServer.get(mine.id)).toMatchObject({ title: 'Edited before the disk filled' });
    const local = (await client.db.work_orders.storageInstance.findDocumentsById([...onServer.keys()], true)) as unknown as StoredDoc[];
    expect(local.length).toBe(onServer.size);
    for (const doc of local) expect(wireOf(doc)).toEqual(onServer.get(doc.id as string) as WireDoc);
    expect(await client.outbox.tables.pending.count()).toBe(0);
  });
});
