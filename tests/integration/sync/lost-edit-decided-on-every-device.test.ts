import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newNote, newWorkOrder } from '../../support/documents';
import { dismissConflict, reapplyEdit } from '../../../src-renderer/features/conflicts/conflict-actions';

let server: TestServer;
let laptop: NodeClient;
let desk: NodeClient;
let colleague: NodeClient;
let token: string;
let supervisorId: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ token, user: { id: supervisorId } } = await loginHttp(server.url, 'super01'));
  // One technician on two devices of theirs, and a colleague.
  laptop = await startNodeClient(server.url, 'tech01');
  desk = await startNodeClient(server.url, 'tech01');
  colleague = await startNodeClient(server.url, 'tech02');
});
afterAll(async () => {
  await Promise.all([laptop.close(), desk.close(), colleague.close()]);
  await server.stop();
});

const edit = (client: NodeClient, id: string, changes: Record<string, unknown>, at: number) =>
  client.db.work_orders.findOne(id).incrementalPatch({ ...changes, updatedAt: new Date(at).toISOString(), updatedBy: client.userId });

const open = async (client: NodeClient, docId: string) => (await client.conflicts({ docId, state: 'open' })).map((c) => c.field).sort();

describe("an overridden edit decided on one of its author's devices", () => {
  it('leaves the list on their other devices, and is not listed on a device they sign in to later', async () => {
    const wo = newWorkOrder({ status: 'assigned', assigneeId: laptop.userId, createdBy: supervisorId, description: 'Second floor printer' });
    expect(await http(server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200, body: [] });
    await Promise.all([laptop.awaitInSync(), desk.awaitInSync(), colleague.awaitInSync()]);

    // On the laptop, offline, the technician changes the room and the description; a colleague changes both later.
    laptop.setOnline(false);
    const t = Date.now();
    await edit(laptop, wo.id, { room: '301', description: 'Jams on duplex only' }, t);
    await edit(colleague, wo.id, { room: '204', description: 'Jams on every job' }, t + 1000);
    await colleague.awaitInSync();
    laptop.setOnline(true);
    await laptop.awaitInSync();

    // Both values of theirs gave way: listed on the laptop, and on the desk from the timeline.
    expect(await open(laptop, wo.id)).toEqual(['description', 'room']);
    await eventually('both listed on the desk too', async () => (await open(desk, wo.id)).length === 2, 20_000);

    // The room is dismissed on the laptop, the description re-applied on the desk.
    const [room] = await laptop.conflicts({ docId: wo.id, field: 'room' });
    await dismissConflict(laptop.db, room!, laptop.userId);
    const [description] = await desk.conflicts({ docId: wo.id, field: 'description' });
    await reapplyEdit(desk.db, description!, desk.userId);
    await Promise.all([laptop.awaitInSync(), desk.awaitInSync()]);

    await eventually('neither left on the desk', async () => (await open(desk, wo.id)).length === 0, 20_000);
    await eventually('neither left on the laptop', async () => (await open(laptop, wo.id)).length === 0, 20_000);
    const onServer = (await pullAll(server.url, token, 'work-orders')).get(wo.id);
    expect(onServer).toMatchObject({ room: '204', description: 'Jams on duplex only' });
    const decisions = [...(await pullAll(server.url, token, 'work-order-notes')).values()].filter((n) => n.workOrderId === wo.id && n.kind === 'lost-edit-dismissed');
    expect(decisions.map((n) => ({ authorId: n.authorId, dismisses: n.dismisses })).sort((a, b) => String(a.dismisses).localeCompare(String(b.dismisses)))).toEqual(
      [room!.id, description!.id].sort().map((id) => ({ authorId: laptop.userId, dismisses: id })),
    );
    expect(decisions.map((n) => n.text).sort()).toEqual([
      'Kept the later change to the room; my overridden edit is dismissed.',
      'Put back my edit of the description that a later change had overridden.',
    ]);

    // A device the technician signs in to afterwards pulls both losses and both decisions: none is listed.
    const fresh = await startNodeClient(server.url, 'tech01');
    try {
      await fresh.awaitInSync();
      await eventually('both entries known to the new device, decided', async () => (await fresh.conflicts({ docId: wo.id, state: 'dismissed' })).length === 2, 20_000);
      expect(await open(fresh, wo.id)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('a lost-edit-dismissed entry', () => {
  it('is refused with 400 naming `dismisses` when it names no entry, and so is another kind naming one', async () => {
    const tech = await loginHttp(server.url, 'tech01');
    const wo = newWorkOrder({ status: 'assigned', assigneeId: tech.user.id, createdBy: supervisorId });
    expect(await http(server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200 });
    const push = (note: Record<string, unknown>) => http(server.url, '/sync/work-order-notes/push', { token: tech.token, body: [{ assumedMasterState: null, newDocumentState: note }] });

    const namesNothing = newNote(wo.id, { authorId: tech.user.id, kind: 'lost-edit-dismissed', text: 'Dismissed.' });
    expect(await push(namesNothing)).toMatchObject({ status: 400, body: { field: 'dismisses' } });
    const plainNote = newNote(wo.id, { authorId: tech.user.id, dismisses: namesNothing.id });
    expect(await push(plainNote)).toMatchObject({ status: 400, body: { field: 'dismisses' } });
    expect(await push({ ...namesNothing, dismisses: plainNote.id })).toMatchObject({ status: 200 });
  });
});
