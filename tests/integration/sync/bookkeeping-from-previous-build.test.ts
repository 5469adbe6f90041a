import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { collectionNames, collections, type CollectionName } from '@shared/schema/collections';
import type { PullResponse, WireDoc } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { edited, newNote, newWorkOrder } from '../../support/documents';
import { collectionsListed, writePreviousBuildDatabase } from '../../support/previous-build-database';
import { openDatabase } from '../../../src-renderer/db/database';
import type { EditConflict } from '../../../src-renderer/db/bookkeeping';
import { outboxOf } from '../../../src-renderer/db/database';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Pulls a collection to its end as a device would, and answers where the device's checkpoint would be. */
async function pulledToEnd(token: string, collection: CollectionName): Promise<{ seq: number; server?: string; view?: number }> {
  for (let seq = 0; ; ) {
    const { body } = await http(server.url, `/sync/${collection}/pull?seq=${seq}&limit=2000`, { token });
    const page = body as PullResponse;
    if (page.documents.length === 0) return { seq, server: page.server, view: page.view };
    seq = page.checkpoint.seq;
  }
}

const conflict = (over: Partial<EditConflict> & Pick<EditConflict, 'id' | 'kind' | 'docId' | 'state'>): EditConflict => ({
  collectionName: 'work-orders', label: 'WO-1 Printer jams on every job', field: 'room', mine: '"301"', kept: '"204"', keptBy: 'someone',
  reason: '', at: new Date().toISOString(), ...over,
});

describe('a device upgraded from the build that kept its bookkeeping in RxDB', () => {
  it('keeps every waiting change, its list of edits not applied and its checkpoints; then pushes every change; the old storage is gone', async () => {
    const me = await loginHttp(server.url, 'super01');
    // On the server before the upgrade: a work order the device had pulled.
    const existing = newWorkOrder({ title: 'Monitor flickering', createdBy: me.user.id });
    expect(await http(server.url, '/sync/work-orders/push', { token: me.token, body: [{ assumedMasterState: null, newDocumentState: existing }] })).toMatchObject({ status: 200 });
    const base = (await pullAll(server.url, me.token, 'work-orders')).get(existing.id) as WireDoc;
    const checkpoint = await pulledToEnd(me.token, 'work-orders');

    // Offline on the previous build: the work order edited, another created, a note written.
    const edit = edited(base as typeof existing, { room: '301', updatedBy: me.user.id });
    const created = newWorkOrder({ title: 'Created on the previous build', createdBy: me.user.id });
    const note = newNote(existing.id, { authorId: me.user.id, text: 'Written on the previous build.' });
    const listed = [
      conflict({ id: uuidv7(), kind: 'refused', docId: existing.id, field: 'assigneeId', reason: 'Only a supervisor can assign work.', state: 'open' }),
      conflict({ id: uuidv7(), kind: 'overridden', docId: existing.id, state: 'dismissed' }),
    ];
    const databaseName = await writePreviousBuildDatabase(
      {
        stored: { 'work-orders': [edit, created], 'work-order-notes': [note] },
        pending: [
          { collectionName: 'work-orders', docId: existing.id, updatedAt: edit.updatedAt, edits: 2, base },
          { collectionName: 'work-orders', docId: created.id, updatedAt: created.updatedAt },
          { collectionName: 'work-order-notes', docId: note.id, updatedAt: note.updatedAt },
        ],
        conflicts: listed,
        checkpoints: { 'work-orders': checkpoint },
        replicationMeta: ['work-orders'],
      },
      collectionNames,
    );

    // The new build opens it: everything is in the bookkeeping tables, nothing of the old storage is left.
    const opened = await openDatabase(me.user.id, { storage: getRxStorageMemory(), name: databaseName, bookkeeping: { indexedDB, IDBKeyRange } });
    const outbox = outboxOf(opened);
    expect((await outbox.tables.pending.toArray()).map(({ collectionName, docId, edits, base: b }) => ({ collectionName, docId, edits, base: b }))).toEqual(
      expect.arrayContaining([
        { collectionName: 'work-orders', docId: existing.id, edits: 2, base },
        { collectionName: 'work-orders', docId: created.id, edits: 1, base: undefined },
        { collectionName: 'work-order-notes', docId: note.id, edits: 1, base: undefined },
      ]),
    );
    expect(await outbox.tables.pending.count()).toBe(3);
    expect(await outbox.tables.conflicts.toArray()).toEqual(expect.arrayContaining(listed));
    expect(await outbox.loadCheckpoint('work-orders')).toEqual(checkpoint);
    expect(await collectionsListed(opened as never)).toEqual({ names: collectionNames.map((n) => collections[n].localName).sort(), connected: [] });
    await opened.close();

    const client = await startNodeClient(server.url, 'super01', ['work-orders', 'work-order-notes'], { databaseName });
    try {
      await client.awaitInSync();
      const onServer = await pullAll(server.url, me.token, 'work-orders');
      expect(onServer.get(existing.id)).toMatchObject({ room: '301', title: 'Monitor flickering' });
      expect(onServer.get(created.id)).toMatchObject({ title: 'Created on the previous build' });
      expect((await pullAll(server.url, me.token, 'work-order-notes')).get(note.id)).toMatchObject({ text: 'Written on the previous build.' });
      expect(await client.outbox.tables.pending.toArray()).toEqual([]);
      // The checkpoint carried over: the device did not download again the work orders it had pulled.
      expect((await client.db.work_orders.find().exec()).map((d) => d.id).sort()).toEqual([existing.id, created.id].sort());
      // The list is as the user left it: the refused change still open, the dismissed edit not back.
      expect((await client.conflicts()).map(({ id, state }) => ({ id, state }))).toEqual(expect.arrayContaining(listed.map(({ id, state }) => ({ id, state }))));
      expect(await client.conflicts()).toHaveLength(2);
    } finally {
      await client.close();
    }
  });
});
