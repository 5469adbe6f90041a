import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { workOrderFromV2, workOrderSchema } from '@shared/schema/work-order.schema';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { edited, newWorkOrder } from '../../support/documents';
import { pendingChangeSchema, pendingKey } from '../../../src-renderer/db/legacy/pending-changes.schema';
import { retiredWorkOrderFieldsSql } from '../../../src-server/db/retire-work-order-fields';

/** The work-order schema of the previous build (version 2): due times stored on the work order. */
const { slaPolicyVersion: _version, assetId: _asset, resolutionCode: _code, ...v3Properties } = workOrderSchema.properties;
const workOrderSchemaV2 = {
  ...workOrderSchema,
  version: 2,
  properties: { ...v3Properties, responseDueAt: workOrderSchema.properties.createdAt, resolutionDueAt: workOrderSchema.properties.createdAt },
  required: [...workOrderSchema.required, 'responseDueAt', 'resolutionDueAt'],
  indexes: ['updatedAt', ['assigneeId', 'priority', 'resolutionDueAt']],
};
const dueTimes = { responseDueAt: '2026-03-02T13:00:00.000Z', resolutionDueAt: '2026-03-05T09:00:00.000Z' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('work orders from the build that stored due times', () => {
  it("the server's migration 12 and a device's migration give the same document, so nothing conflicts and nothing is pulled again", async () => {
    const version2 = (id: string, more: Record<string, unknown>) => {
      const { _deleted, resolutionCode: _none, ...doc } = { ...newWorkOrder({ createdBy: 'user-1', id }), ...dueTimes, ...more };
      return doc;
    };
    const open = version2('wo-v2-open', {});
    const resolved = version2('wo-v2-resolved', { status: 'resolved', assigneeId: 'user-1', resolutionSummary: 'Replaced the toner.' });
    for (const [seq, old] of [open, resolved].entries()) {
      await server.db.query("INSERT INTO documents (collection, id, seq, data) VALUES ('work-orders', $1, $2, $3::jsonb)", [old.id, 999_990 + seq, JSON.stringify(old)]);
    }
    // The migration ran at start; run it again over the version-2 documents.
    await server.db.query(retiredWorkOrderFieldsSql);
    const stored = async (id: string) => (await server.db.query<{ data: unknown }>("SELECT data FROM documents WHERE collection = 'work-orders' AND id = $1", [id])).rows[0]?.data;
    expect(await stored(open.id)).toEqual(workOrderFromV2(open));
    expect(await stored(open.id)).not.toHaveProperty('resolutionDueAt');
    expect(await stored(open.id)).not.toHaveProperty('resolutionCode');
    // Resolved before codes were kept: "not recorded", the code it now needs.
    expect(await stored(resolved.id)).toEqual(workOrderFromV2(resolved));
    expect(await stored(resolved.id)).toMatchObject({ resolutionCode: 'not-recorded' });
  });

  it('a laptop not yet upgraded that resolved work offline: taken, with the resolution code "not recorded"', async () => {
    const tech = await loginHttp(server.url, 'tech03');
    const { resolutionCode: _none, ...made } = { ...newWorkOrder({ createdBy: tech.user.id, assigneeId: tech.user.id, status: 'resolved', resolutionSummary: 'Reset the password.' }), ...dueTimes };
    expect(await http(server.url, '/sync/work-orders/push', { token: tech.token, body: [{ assumedMasterState: null, newDocumentState: made }] })).toMatchObject({ status: 200, body: [] });
    expect((await pullAll(server.url, tech.token, 'work-orders')).get(made.id)).toMatchObject({ status: 'resolved', resolutionCode: 'not-recorded' });
  });

  it('a laptop not yet upgraded still sends its work: the due times are dropped on arrival, nothing is refused', async () => {
    const tech = await loginHttp(server.url, 'tech02');
    const made = { ...newWorkOrder({ createdBy: tech.user.id, assigneeId: tech.user.id, status: 'assigned' }), ...dueTimes };
    expect(await http(server.url, '/sync/work-orders/push', { token: tech.token, body: [{ assumedMasterState: null, newDocumentState: made }] })).toMatchObject({ status: 200, body: [] });
    const stored = (await pullAll(server.url, tech.token, 'work-orders')).get(made.id);
    expect(stored).toMatchObject({ title: made.title });
    expect(stored).not.toHaveProperty('responseDueAt');
    // Its next edit assumes the copy it holds, due times and all: still the server's copy, no conflict.
    const edit = { ...edited(made, { title: 'Printer jams on every job (cleaned the rollers)' }), ...dueTimes };
    const answer = await http(server.url, '/sync/work-orders/push', { token: tech.token, body: [{ assumedMasterState: { ...stored, ...dueTimes }, newDocumentState: edit }] });
    expect(answer).toMatchObject({ status: 200, body: [] });
    expect((await pullAll(server.url, tech.token, 'work-orders')).get(made.id)).toMatchObject({ title: 'Printer jams on every job (cleaned the rollers)' });
  });

  it('an edit waiting on a device when it upgrades is pushed and taken, without a conflict', async () => {
    const tech = await loginHttp(server.url, 'tech01');
    const made = newWorkOrder({ createdBy: tech.user.id, assigneeId: tech.user.id, status: 'assigned' });
    expect(await http(server.url, '/sync/work-orders/push', { token: tech.token, body: [{ assumedMasterState: null, newDocumentState: made }] })).toMatchObject({ status: 200 });
    // What the previous build held: the server's copy as it then was (with due times), edited offline.
    const base = { ...(await pullAll(server.url, tech.token, 'work-orders')).get(made.id), ...dueTimes };
    const { _deleted, ...local } = edited(base as unknown as typeof made, { title: 'Printer jams on every job (edited offline)' });

    const databaseName = `work-orders-v2-${Date.now()}`;
    const old = await createRxDatabase({ name: databaseName, storage: getRxStorageMemory() });
    await old.addCollections({ work_orders: { schema: workOrderSchemaV2 }, pending_changes: { schema: pendingChangeSchema } } as never);
    await old.collections.work_orders?.insert(local);
    await old.collections.pending_changes?.insert({ key: pendingKey('work-orders', made.id), collectionName: 'work-orders', docId: made.id, updatedAt: local.updatedAt, edits: 1, markedAt: Date.now(), base });
    await old.close();

    const client = await startNodeClient(server.url, 'tech01', ['work-orders', 'work-order-notes'], { databaseName });
    try {
      await client.awaitInSync();
      const stored = (await pullAll(server.url, tech.token, 'work-orders')).get(made.id);
      expect(stored).toMatchObject({ title: 'Printer jams on every job (edited offline)' });
      expect(stored).not.toHaveProperty('resolutionDueAt');
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);
      expect((await client.conflicts()).map((c) => c.reason)).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
