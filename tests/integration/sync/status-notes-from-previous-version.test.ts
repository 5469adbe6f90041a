import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { createRxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { structureStatusNote, workOrderNoteSchema, type WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';
import { pendingChangeSchema, pendingKey } from '../../../src-renderer/db/legacy/pending-changes.schema';
import { migrate } from '../../../src-server/db/migrations';
import { bulkLoad } from '../../../src-server/seed/bulk-load';

/** The note schema of the previous version of the app: status changes as free text only. */
const { statusChange, lostStatus, ...v1Properties } = workOrderNoteSchema.properties;
const noteSchemaV1 = { ...workOrderNoteSchema, version: 1, properties: v1Properties };

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await loginHttp(server.url, 'super01')).token;
});
afterAll(() => server.stop());

const oldNote = (workOrderId: string, authorId: string, text: string, kind: WorkOrderNote['kind'] = 'status-change') => {
  const at = new Date().toISOString();
  return { id: uuidv7(), workOrderId, authorId, authorName: 'Ana Morales', kind, text, createdAt: at, updatedAt: at };
};

async function storedWorkOrder() {
  const wo = newWorkOrder({ status: 'in-progress', assigneeId: (await loginHttp(server.url, 'tech01')).user.id, createdBy: (await loginHttp(server.url, 'super01')).user.id });
  expect(await http(server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200 });
  return wo;
}

describe('status notes stored as free text before note schema 2', () => {
  it('on the server are migrated as each device migrates its own copy', async () => {
    const wo = await storedWorkOrder();
    const notes = [
      oldNote(wo.id, 'someone', 'Status: Assigned → In progress'),
      oldNote(wo.id, 'someone', 'Status: In progress → On hold: Scheduled visit'),
      oldNote(wo.id, 'someone', 'Status: In progress → Gone fishing'),
      oldNote(wo.id, 'someone', 'Status: Assigned → In progress', 'client-update'),
    ];
    await bulkLoad(server.db, 'work-order-notes', notes);
    await server.db.query('DELETE FROM schema_migrations WHERE version = 5');
    await migrate(server.db);

    const stored = await pullAll(server.url, token, 'work-order-notes');
    const served = notes.map((n) => {
      const { _deleted, ...doc } = stored.get(n.id) as WireNote;
      return doc;
    });
    expect(served).toEqual(notes.map(structureStatusNote));
    expect(served.map((n) => n.statusChange)).toEqual([
      { from: 'assigned', to: 'in-progress', at: notes[0]!.createdAt },
      { from: 'in-progress', to: 'on-hold', holdReason: 'scheduled', at: notes[1]!.createdAt },
      undefined,
      undefined,
    ]);
    expect(served[2]).toMatchObject({ kind: 'note', text: 'Status: In progress → Gone fishing' });
  });

  it('still pending on a device are pushed structured after the upgrade', async () => {
    const wo = await storedWorkOrder();
    const databaseName = `notes-upgraded-${Date.now()}`;
    const { user } = await loginHttp(server.url, 'tech01');
    const note = oldNote(wo.id, user.id, 'Status: In progress → On hold: Waiting for vendor');
    const old = await createRxDatabase({ name: databaseName, storage: getRxStorageMemory() });
    await old.addCollections({ work_order_notes: { schema: noteSchemaV1 }, pending_changes: { schema: pendingChangeSchema } } as never);
    await old.collections.work_order_notes?.insert(note);
    await old.collections.pending_changes?.insert({ key: pendingKey('work-order-notes', note.id), collectionName: 'work-order-notes', docId: note.id, updatedAt: note.updatedAt, edits: 1, markedAt: Date.now() });
    await old.close();

    const client = await startNodeClient(server.url, 'tech01', ['work-orders', 'work-order-notes'], { databaseName });
    try {
      await client.awaitInSync();
      expect((await pullAll(server.url, token, 'work-order-notes')).get(note.id)).toMatchObject({
        kind: 'status-change', statusChange: { from: 'in-progress', to: 'on-hold', holdReason: 'waiting-for-vendor', at: note.createdAt },
      });
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

type WireNote = WorkOrderNote & { _deleted: boolean };
