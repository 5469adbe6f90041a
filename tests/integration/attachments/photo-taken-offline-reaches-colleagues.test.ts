import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { newWorkOrder } from '../../support/documents';
import { getContent, jpegBytes, newAttachment, putContent } from '../../support/attachments';
import { saveAttachment } from '../../../src-renderer/features/attachments/save-attachment';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let supervisorToken: string;
let supervisorId: string;
let tech01: NodeClient;
let tech02: NodeClient;

// Two devices in one process: RxDB's collection limit counts every open database of the process.
const collections = ['users', 'work-orders', 'work-order-notes', 'attachments'] as const;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  const login = await loginHttp(server.url, 'super01');
  supervisorToken = login.token;
  supervisorId = login.user.id;
  tech01 = await startNodeClient(server.url, 'tech01', collections, { attachments: true });
  tech02 = await startNodeClient(server.url, 'tech02', collections, { attachments: true });
});
afterAll(async () => {
  await Promise.all([tech01.close(), tech02.close()]);
  await server.stop();
});

async function workOrderFor(assigneeId: string) {
  const wo = newWorkOrder({ status: 'assigned', assigneeId, createdBy: supervisorId });
  expect(await http(server.url, '/sync/work-orders/push', { token: supervisorToken, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200 });
  await Promise.all([tech01.awaitInSync(), tech02.awaitInSync()]);
  return wo;
}

const inSync = () => Promise.all([tech01, tech02].map(async (c) => {
  await c.awaitInSync();
  await c.transfer?.awaitIdle();
}));

describe('a photo taken offline', () => {
  it('is kept on the device, sent once back online, and reaches a colleague who opens the work order', async () => {
    const wo = await workOrderFor(tech01.userId);
    tech01.setOnline(false);
    const bytes = jpegBytes(50_000);
    const photo = await saveAttachment(tech01.db, tech01.files!, {
      owner: { collection: 'work-orders', id: wo.id }, kind: 'photo', mime: 'image/jpeg', bytes, width: 1600, height: 1200, caption: 'Jammed fuser', createdBy: tech01.userId,
    });
    expect((await tech01.files!.get(photo.id))?.toUpload).toBe(1);
    expect(await getContent(server.url, supervisorToken, photo.id)).toMatchObject({ status: 404 });

    tech01.setOnline(true);
    await inSync();
    expect((await tech01.files!.get(photo.id))?.toUpload).toBe(0);
    const served = await getContent(server.url, supervisorToken, photo.id);
    expect(served.bytes).toEqual(bytes);

    // A colleague's device holds the metadata; the bytes only once they open the work order.
    await eventually('the metadata on the colleague\'s device', async () => (await tech02.db.attachments.findOne(photo.id).exec())?.uploadedAt);
    expect(await tech02.files!.get(photo.id)).toBeUndefined();
    tech02.transfer!.want(photo.id);
    const downloaded = await eventually('the photo downloaded on opening', () => tech02.files!.get(photo.id));
    expect(downloaded.bytes).toEqual(bytes);
    expect(downloaded.mime).toBe('image/jpeg');
  });

  it('is downloaded ahead of time by a technician with that work in their queue, and by nobody else', async () => {
    const wo = await workOrderFor(tech02.userId);
    // The supervisor's photo, sent from a device of theirs outside this test.
    const bytes = jpegBytes(20_000);
    const photo = newAttachment({ collection: 'work-orders', id: wo.id }, supervisorId, bytes, { caption: 'Label on the back' });
    expect(await http(server.url, '/sync/attachments/push', { token: supervisorToken, body: [{ assumedMasterState: null, newDocumentState: photo }] })).toMatchObject({ status: 200, body: [] });
    expect(await putContent(server.url, supervisorToken, photo.id, bytes)).toMatchObject({ status: 200 });
    await inSync();
    const ahead = await eventually('the photo on the assignee\'s device before anyone opens it', () => tech02.files!.get(photo.id));
    expect(ahead.bytes).toEqual(bytes);
    await eventually('the metadata on a colleague\'s device', async () => (await tech01.db.attachments.findOne(photo.id).exec())?.uploadedAt);
    await inSync();
    expect(await tech01.files!.get(photo.id)).toBeUndefined();
  });

  it('leaves a device with its work order: metadata and downloaded bytes both go', async () => {
    const wo = await workOrderFor(tech02.userId);
    const bytes = jpegBytes(10_000);
    const photo = await saveAttachment(tech02.db, tech02.files!, {
      owner: { collection: 'work-orders', id: wo.id }, kind: 'photo', mime: 'image/jpeg', bytes, width: 800, height: 600, caption: '', createdBy: tech02.userId,
    });
    await inSync();
    tech01.transfer!.want(photo.id);
    await eventually('the photo opened on a colleague\'s device', () => tech01.files!.get(photo.id));

    const stored = (await tech02.db.work_orders.findOne(wo.id).exec())!.toJSON();
    const closed = { ...stored, _deleted: false, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Done.', updatedAt: new Date().toISOString(), updatedBy: supervisorId };
    expect(await http(server.url, '/sync/work-orders/push', { token: supervisorToken, body: [{ assumedMasterState: { ...stored, _deleted: false }, newDocumentState: closed }] })).toMatchObject({ status: 200, body: [] });
    await inSync();
    expect(await tech01.db.attachments.findOne(photo.id).exec()).toBeNull();
    await eventually('the bytes gone from the colleague\'s device', async () => (await tech01.files!.get(photo.id)) === undefined);
    // Its technician keeps both (recently worked).
    expect(await tech02.files!.get(photo.id)).toBeDefined();
  });

  it('still reaches the server when its work order leaves the device while it waits, and then leaves the device too', async () => {
    const wo = await workOrderFor(tech02.userId);
    tech01.setOnline(false);
    const bytes = jpegBytes(15_000);
    const photo = await saveAttachment(tech01.db, tech01.files!, {
      owner: { collection: 'work-orders', id: wo.id }, kind: 'photo', mime: 'image/jpeg', bytes, width: 800, height: 600, caption: 'Serial plate', createdBy: tech01.userId,
    });
    // Closed meanwhile: a colleague's finished work is no longer tech01's to read.
    const stored = (await tech02.db.work_orders.findOne(wo.id).exec())!.toJSON();
    const closed = { ...stored, _deleted: false, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Done.', updatedAt: new Date().toISOString(), updatedBy: supervisorId };
    expect(await http(server.url, '/sync/work-orders/push', { token: supervisorToken, body: [{ assumedMasterState: { ...stored, _deleted: false }, newDocumentState: closed }] })).toMatchObject({ status: 200, body: [] });

    tech01.setOnline(true);
    await inSync();
    await eventually('the photo on the server', async () => (await getContent(server.url, supervisorToken, photo.id)).status === 200);
    expect((await getContent(server.url, supervisorToken, photo.id)).bytes).toEqual(bytes);
    await eventually('the work order gone from the device', async () => (await tech01.db.work_orders.findOne(wo.id).exec()) === null);
    await eventually('the photo\'s metadata gone from the device', async () => (await tech01.db.attachments.findOne(photo.id).exec()) === null);
    await eventually('the photo\'s bytes gone from the device', async () => (await tech01.files!.get(photo.id)) === undefined);
  });
});
