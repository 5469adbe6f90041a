import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { collections } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';
import { pendingKey } from '../../../src-renderer/db/legacy/pending-changes.schema';

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

/** A database as the previous version left it: these work orders stored, each with a pending entry and no base. */
async function previousVersionDatabase(docs: Record<string, unknown>[]): Promise<string> {
  const databaseName = `upgraded-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  // Validated: once a client has opened (in dev mode), RxDB insists on it.
  const old = await createRxDatabase({ name: databaseName, storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }) });
  await old.addCollections({ work_orders: { schema: collections['work-orders'].schema, migrationStrategies: collections['work-orders'].migrations }, pending_changes: { schema: pendingChangeSchemaV0 } } as never);
  for (const { _deleted, ...doc } of docs) {
    await old.collections.work_orders?.insert(doc);
    await old.collections.pending_changes?.insert({ key: pendingKey('work-orders', doc.id as string), collectionName: 'work-orders', docId: doc.id, updatedAt: doc.updatedAt });
  }
  await old.close();
  return databaseName;
}

const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

describe('a work order created offline on the previous version of the app', () => {
  it('is still pending after the upgrade, and is pushed', async () => {
    const { user } = await loginHttp(server.url, 'super01');
    const wo = newWorkOrder({ title: 'Created before the upgrade', createdBy: user.id });
    const databaseName = await previousVersionDatabase([wo]);

    const client = await startNodeClient(server.url, 'super01', ['work-orders'], { databaseName });
    try {
      await client.awaitInSync();
      const { token } = await loginHttp(server.url, 'super01');
      expect((await pullAll(server.url, token, 'work-orders')).get(wo.id)).toMatchObject({ title: 'Created before the upgrade' });
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe('an edit made offline on the previous version, of a work order someone changed since', () => {
  it('merges against the server copy as a conflict: the later value wins and the other is recorded and listed', async () => {
    const me = await loginHttp(server.url, 'super01');
    const colleague = await loginHttp(server.url, 'super02');
    const push = async (doc: Record<string, unknown>, before: Record<string, unknown> | null = null) =>
      expect(await http(server.url, '/sync/work-orders/push', { token: colleague.token, body: [{ assumedMasterState: before, newDocumentState: doc }] })).toEqual({ status: 200, body: [] });
    const stored = async (id: string) => (await pullAll(server.url, colleague.token, 'work-orders')).get(id) as WireDoc;

    // Both work orders existed before the upgrade; my device changed the room of each offline.
    const theirsLater = newWorkOrder({ title: 'Monitor flickering', room: '101', createdBy: colleague.user.id, createdAt: at(60_000), updatedAt: at(60_000) });
    const mineLater = newWorkOrder({ title: 'Dock not detected', room: '101', createdBy: colleague.user.id, createdAt: at(60_000), updatedAt: at(60_000) });
    await push(theirsLater);
    await push(mineLater);
    const [originalA, originalB] = [await stored(theirsLater.id), await stored(mineLater.id)];
    const myEdit = (doc: WireDoc, msAgo: number) => ({ ...doc, room: '301', updatedAt: at(msAgo), updatedBy: me.user.id });
    const databaseName = await previousVersionDatabase([myEdit(originalA, 30_000), myEdit(originalB, 1_000)]);
    // Meanwhile a colleague moved both: the first after my edit, the second before it.
    await push({ ...originalA, room: '204', updatedAt: at(10_000), updatedBy: colleague.user.id }, originalA);
    await push({ ...originalB, room: '204', updatedAt: at(20_000), updatedBy: colleague.user.id }, originalB);

    const client = await startNodeClient(server.url, 'super01', ['work-orders', 'work-order-notes'], { databaseName });
    try {
      await client.awaitInSync();
      expect(await stored(theirsLater.id)).toMatchObject({ room: '204', updatedBy: colleague.user.id });
      expect(await stored(mineLater.id)).toMatchObject({ room: '301', updatedBy: me.user.id });

      // My lost value is listed on my device, and both losing values are on the timelines.
      const listed = await client.conflicts({ state: 'open' });
      expect(listed).toEqual([expect.objectContaining({ kind: 'overridden', docId: theirsLater.id, field: 'room', mine: '"301"', kept: '"204"', keptBy: colleague.user.id })]);
      const notes = [...(await pullAll(server.url, colleague.token, 'work-order-notes')).values()];
      expect(notes.filter((n) => n.workOrderId === theirsLater.id)).toEqual([
        expect.objectContaining({ kind: 'overridden-edit', lostEdit: expect.objectContaining({ field: 'room', value: '"301"', keptValue: '"204"', setBy: me.user.id }) }),
      ]);
      expect(notes.filter((n) => n.workOrderId === mineLater.id)).toEqual([
        expect.objectContaining({ kind: 'overridden-edit', lostEdit: expect.objectContaining({ field: 'room', value: '"204"', keptValue: '"301"', setBy: colleague.user.id }) }),
      ]);
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
