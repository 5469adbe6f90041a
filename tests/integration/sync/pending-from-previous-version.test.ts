import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { collections } from '@shared/schema/collections';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';
import { pendingKey } from '../../../src-renderer/db/pending-changes.schema';

/** The pending list as the previous version of the app stored it (before sync kept a base in it). */
const pendingChangeSchemaV0 = {
  title: 'pending change',
  version: 0,
  primaryKey: 'key',
  type: 'object',
  additionalProperties: false,
  properties: {
    key: { type: 'string', maxLength: 100 },
    collectionName: { type: 'string', maxLength: 40 },
    docId: { type: 'string', maxLength: 40 },
    updatedAt: { type: 'string', maxLength: 24 },
  },
  required: ['key', 'collectionName', 'docId', 'updatedAt'],
} as const;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('a work order created offline on the previous version of the app', () => {
  it('is still pending after the upgrade, and is pushed', async () => {
    const databaseName = `upgraded-${Date.now()}`;
    const { _deleted, ...wo } = newWorkOrder({ title: 'Created before the upgrade' });
    const old = await createRxDatabase({ name: databaseName, storage: getRxStorageMemory() });
    await old.addCollections({ work_orders: { schema: collections['work-orders'].schema }, pending_changes: { schema: pendingChangeSchemaV0 } } as never);
    await old.collections.work_orders?.insert(wo);
    await old.collections.pending_changes?.insert({ key: pendingKey('work-orders', wo.id), collectionName: 'work-orders', docId: wo.id, updatedAt: wo.updatedAt });
    await old.close();

    const client = await startNodeClient(server.url, 'super01', ['work-orders'], { databaseName });
    try {
      await client.awaitInSync();
      const { token } = await loginHttp(server.url, 'super01');
      expect((await pullAll(server.url, token, 'work-orders')).get(wo.id)).toMatchObject({ title: 'Created before the upgrade' });
      expect(await client.db.pending_changes.find().exec()).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
