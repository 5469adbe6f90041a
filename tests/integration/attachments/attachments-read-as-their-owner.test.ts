import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newAsset, newWorkOrder } from '../../support/documents';
import { getContent, jpegBytes, newAttachment, putContent } from '../../support/attachments';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let supervisor: { token: string; id: string };
let tech01Token: string;
let tech02Token: string;
let tech01: NodeClient;
let tech02: NodeClient;

const collections = ['users', 'work-orders', 'work-order-notes', 'assets', 'attachments'] as const;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  const login = await loginHttp(server.url, 'super01');
  supervisor = { token: login.token, id: login.user.id };
  tech01Token = (await loginHttp(server.url, 'tech01')).token;
  tech02Token = (await loginHttp(server.url, 'tech02')).token;
  tech01 = await startNodeClient(server.url, 'tech01', collections);
  tech02 = await startNodeClient(server.url, 'tech02', collections);
});
afterAll(async () => {
  await tech01.close();
  await tech02.close();
  await server.stop();
});

async function push(token: string, collection: string, doc: Record<string, unknown>, base: Record<string, unknown> | null = null) {
  const answer = await http(server.url, `/sync/${collection}/push`, { token, body: [{ assumedMasterState: base, newDocumentState: doc }] });
  expect(answer).toMatchObject({ status: 200, body: [] });
}

/** A photo by `token`'s user on `owner`, metadata and bytes both on the server. */
async function photoOn(token: string, createdBy: string, owner: Parameters<typeof newAttachment>[0]) {
  const bytes = jpegBytes(3000);
  const meta = newAttachment(owner, createdBy, bytes);
  await push(token, 'attachments', meta);
  expect(await putContent(server.url, token, meta.id, bytes)).toMatchObject({ status: 200 });
  return meta;
}

const heldIds = async (client: NodeClient) => (await client.db.attachments.find().exec()).map((a) => a.id);

describe('who may read an attachment: whoever may read its owner', () => {
  it('keeps a finished work order\'s photos from a technician who cannot read the work order: no metadata, no bytes', async () => {
    const wo = newWorkOrder({ status: 'closed', assigneeId: tech01.userId, createdBy: supervisor.id, resolutionCode: 'other', resolutionSummary: 'Replaced the fuser.' });
    await push(supervisor.token, 'work-orders', wo);
    const photo = await photoOn(supervisor.token, supervisor.id, { collection: 'work-orders', id: wo.id });

    expect((await pullAll(server.url, tech02Token, 'attachments')).has(photo.id)).toBe(false);
    expect(await getContent(server.url, tech02Token, photo.id)).toMatchObject({ status: 404, body: { field: 'id' } });
    // Its own technician worked on it recently, and a supervisor reads everything.
    expect((await pullAll(server.url, tech01Token, 'attachments')).has(photo.id)).toBe(true);
    expect(await getContent(server.url, tech01Token, photo.id)).toMatchObject({ status: 200 });
    expect(await getContent(server.url, supervisor.token, photo.id)).toMatchObject({ status: 200 });
  });

  it('takes a work order\'s photos off a technician\'s device when a supervisor closes it, and leaves them with its technician', async () => {
    const wo = newWorkOrder({ status: 'in-progress', assigneeId: tech01.userId, createdBy: supervisor.id });
    await push(supervisor.token, 'work-orders', wo);
    const photo = await photoOn(supervisor.token, supervisor.id, { collection: 'work-orders', id: wo.id });
    await Promise.all([tech01.awaitInSync(), tech02.awaitInSync()]);
    expect(await heldIds(tech02)).toContain(photo.id);

    const closed = { ...wo, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Replaced the fuser.', updatedAt: new Date().toISOString(), updatedBy: supervisor.id };
    await push(supervisor.token, 'work-orders', closed, wo);
    await Promise.all([tech01.awaitInSync(), tech02.awaitInSync()]);
    expect(await heldIds(tech02)).not.toContain(photo.id);
    expect(await getContent(server.url, tech02Token, photo.id)).toMatchObject({ status: 404 });
    expect(await heldIds(tech01)).toContain(photo.id);
  });

  it('keeps a photo pushed before its work order for its author alone, then gives it to every reader once the work order arrives', async () => {
    const wo = newWorkOrder({ status: 'new', createdBy: tech01.userId });
    const bytes = jpegBytes(1200);
    const photo = newAttachment({ collection: 'work-orders', id: wo.id }, tech01.userId, bytes);
    await push(tech01Token, 'attachments', photo);
    expect((await pullAll(server.url, tech01Token, 'attachments')).has(photo.id)).toBe(true);
    expect((await pullAll(server.url, tech02Token, 'attachments')).has(photo.id)).toBe(false);
    await tech02.awaitInSync();
    expect(await heldIds(tech02)).not.toContain(photo.id);

    await push(tech01Token, 'work-orders', wo);
    await tech02.awaitInSync();
    expect(await heldIds(tech02)).toContain(photo.id);
  });

  it('lets every technician read an asset\'s photos, as everyone reads assets', async () => {
    const asset = newAsset();
    await push(supervisor.token, 'assets', asset);
    const photo = await photoOn(tech01Token, tech01.userId, { collection: 'assets', id: asset.id });
    await tech02.awaitInSync();
    expect(await heldIds(tech02)).toContain(photo.id);
    expect(await getContent(server.url, tech02Token, photo.id)).toMatchObject({ status: 200 });
  });
});
