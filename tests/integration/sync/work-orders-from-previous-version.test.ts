import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { workOrderSchema } from '@shared/schema/work-order.schema';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { edited, newWorkOrder } from '../../support/documents';
import { pendingChangeSchema, pendingKey } from '../../../src-renderer/db/legacy/pending-changes.schema';

/** The work-order schema of the previous version of the app: categories were a fixed list. */
const workOrderSchemaV0 = {
  ...workOrderSchema,
  version: 0,
  properties: {
    ...workOrderSchema.properties,
    category: { type: 'string', enum: ['password-account', 'desktop-hardware', 'software', 'network', 'printer-peripheral', 'phone-voicemail', 'email', 'other'], maxLength: 24 },
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('work orders stored before categories became reference data', () => {
  it('still pending on a device are pushed after the upgrade, their category unchanged and accepted', async () => {
    const tech = await loginHttp(server.url, 'tech01');
    const stored = newWorkOrder({ createdBy: tech.user.id, assigneeId: tech.user.id, status: 'assigned', category: 'phone-voicemail' });
    expect(await http(server.url, '/sync/work-orders/push', { token: tech.token, body: [{ assumedMasterState: null, newDocumentState: stored }] })).toMatchObject({ status: 200 });
    const base = (await pullAll(server.url, tech.token, 'work-orders')).get(stored.id);
    const { _deleted, ...local } = edited(base as typeof stored, { title: 'Desk phone has no dial tone (edited offline)' });

    const databaseName = `work-orders-v0-${Date.now()}`;
    const old = await createRxDatabase({ name: databaseName, storage: getRxStorageMemory() });
    await old.addCollections({ work_orders: { schema: workOrderSchemaV0 }, pending_changes: { schema: pendingChangeSchema } } as never);
    await old.collections.work_orders?.insert(local);
    await old.collections.pending_changes?.insert({ key: pendingKey('work-orders', stored.id), collectionName: 'work-orders', docId: stored.id, updatedAt: local.updatedAt, edits: 1, markedAt: Date.now(), base });
    await old.close();

    const client = await startNodeClient(server.url, 'tech01', ['work-orders', 'work-order-notes'], { databaseName });
    try {
      await client.awaitInSync();
      expect((await pullAll(server.url, tech.token, 'work-orders')).get(stored.id)).toMatchObject({ title: 'Desk phone has no dial tone (edited offline)', category: 'phone-voicemail' });
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);
      expect((await client.conflicts()).map((c) => c.reason)).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
