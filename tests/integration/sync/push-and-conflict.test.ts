import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '@shared/sync/gateway';
import type { WireDoc } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { gatewayFor } from '../../support/api';
import { edited, newNote, newWorkOrder } from '../../support/documents';

let server: TestServer;
let tech: Gateway;
let other: Gateway;
let techId: string;
beforeAll(async () => {
  server = await startTestServer();
  tech = await gatewayFor(server.url, 'tech01');
  other = await gatewayFor(server.url, 'tech02');
  techId = (await tech['auth:session']({}))?.user.id ?? '';
});
afterAll(async () => {
  tech.close();
  other.close();
  await server.stop();
});

const latest = async (gateway: Gateway, id: string, collection: 'work-orders' | 'work-order-notes' = 'work-orders') => {
  let seq = 0;
  let found: WireDoc | undefined;
  for (;;) {
    const page = await gateway['sync:pull']({ collection, checkpoint: { seq }, limit: 2000 });
    if (page.documents.length === 0) return { doc: found, seq };
    found = page.documents.find((d) => d.id === id) ?? found;
    seq = page.checkpoint.seq;
  }
};

describe('pushing work orders', () => {
  it('stores a new work order and gives it the next human number', async () => {
    const wo = newWorkOrder({ createdBy: techId });
    expect(await tech['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: null, newDocumentState: wo }] })).toEqual([]);
    const { doc } = await latest(tech, wo.id);
    expect(doc).toMatchObject({ id: wo.id, title: wo.title });
    expect(doc?.number).toBe(12001);
  });

  it('answers a stale edit with the server copy, and stores nothing of it', async () => {
    const wo = newWorkOrder({ createdBy: techId, assigneeId: techId, status: 'assigned' });
    await tech['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: null, newDocumentState: wo }] });
    const { doc: stored } = await latest(tech, wo.id);
    const theirs = edited(stored as typeof wo, { status: 'in-progress' });
    expect(await other['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: stored as typeof wo, newDocumentState: theirs }] })).toEqual([]);

    const mine = edited(stored as typeof wo, { title: 'Changed while offline' });
    const conflicts = await tech['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: stored as typeof wo, newDocumentState: mine }] });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id: wo.id, status: 'in-progress', title: wo.title });
    expect((await latest(tech, wo.id)).doc).toMatchObject({ status: 'in-progress', title: wo.title });
  });

  it('changes nothing when the same batch is pushed twice', async () => {
    const wo = newWorkOrder({ createdBy: techId });
    const note = newNote(wo.id, { authorId: techId });
    const batch = [{ assumedMasterState: null, newDocumentState: wo }];
    expect(await tech['sync:push']({ collection: 'work-orders', rows: batch })).toEqual([]);
    expect(await tech['sync:push']({ collection: 'work-order-notes', rows: [{ assumedMasterState: null, newDocumentState: note }] })).toEqual([]);
    const before = await latest(tech, wo.id);

    expect(await tech['sync:push']({ collection: 'work-orders', rows: batch })).toEqual([]);
    expect(await tech['sync:push']({ collection: 'work-order-notes', rows: [{ assumedMasterState: null, newDocumentState: note }] })).toEqual([]);
    const after = await latest(tech, wo.id);
    expect(after.seq).toBe(before.seq);
    expect(after.doc?.number).toBe(before.doc?.number);
  });

  it('from a device clock far ahead: a replay changes nothing, and the next edit on it does not conflict', async () => {
    const ahead = '2099-01-01T00:00:00.000Z';
    const wo = newWorkOrder({ createdBy: techId, createdAt: ahead, updatedAt: ahead });
    const batch = [{ assumedMasterState: null, newDocumentState: wo }];
    expect(await tech['sync:push']({ collection: 'work-orders', rows: batch })).toEqual([]);
    const before = await latest(tech, wo.id);
    expect(before.doc?.updatedAt).not.toBe(ahead);

    expect(await tech['sync:push']({ collection: 'work-orders', rows: batch })).toEqual([]);
    expect((await latest(tech, wo.id)).seq).toBe(before.seq);

    // The device still holds its own version (stamped 2099) as the base of its next edit.
    const next = { ...wo, title: 'Edited on the same laptop', updatedAt: ahead };
    expect(await tech['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: wo, newDocumentState: next }] })).toEqual([]);
    expect((await latest(tech, wo.id)).doc).toMatchObject({ title: 'Edited on the same laptop' });
  });

  it('keeps the server-assigned number whatever a client pushes', async () => {
    const wo = newWorkOrder({ createdBy: techId });
    await tech['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: null, newDocumentState: { ...wo, number: 1 } }] });
    const { doc } = await latest(tech, wo.id);
    expect(doc?.number).toBeGreaterThan(12000);
    const renumbered = edited(doc as typeof wo, { number: 5, title: 'Renumber attempt' });
    expect(await tech['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: doc as typeof wo, newDocumentState: renumbered }] })).toEqual([]);
    expect((await latest(tech, wo.id)).doc).toMatchObject({ number: doc?.number, title: 'Renumber attempt' });
  });

  it('never lets a note be edited after it was stored', async () => {
    const note = newNote('some-work-order', { authorId: techId });
    await tech['sync:push']({ collection: 'work-order-notes', rows: [{ assumedMasterState: null, newDocumentState: note }] });
    const conflicts = await tech['sync:push']({
      collection: 'work-order-notes',
      rows: [{ assumedMasterState: note, newDocumentState: { ...note, text: 'rewritten history' } }],
    });
    expect(conflicts).toEqual([expect.objectContaining({ id: note.id, text: note.text })]);
  });
});
