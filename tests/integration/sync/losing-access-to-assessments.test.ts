import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newAssessment } from '../../support/documents';
import { setSafetyOfficer } from '../../support/accounts';
import { getContent, jpegBytes, newAttachment, putContent } from '../../support/attachments';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let officer: NodeClient;
let other: { token: string; id: string };

const collections = ['users', 'work-orders', 'ergonomic-assessments', 'attachments'] as const;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  await setSafetyOfficer(server.url, 'tech05');
  await setSafetyOfficer(server.url, 'tech06');
  const login = await loginHttp(server.url, 'tech06');
  other = { token: login.token, id: login.user.id };
  officer = await startNodeClient(server.url, 'tech05', collections, { attachments: true });
});
afterAll(async () => {
  await officer.close();
  await server.stop();
});

async function push(token: string, collection: string, doc: Record<string, unknown>) {
  expect(await http(server.url, `/sync/${collection}/push`, { token, body: [{ assumedMasterState: null, newDocumentState: doc }] })).toMatchObject({ status: 200, body: [] });
}

describe('a safety officer whose permission is revoked', () => {
  it("pushes their pending changes, then keeps only their own assessments: a colleague's leaves with its photo and the photo's bytes", async () => {
    // A colleague's assessment with a photo, and one of the officer's own.
    const colleagues = newAssessment(other.id, { employee: { name: 'Robin Hale', department: 'Clerk of Court', jobTitle: 'Clerk' } });
    await push(other.token, 'ergonomic-assessments', colleagues);
    const bytes = jpegBytes(3000);
    const photo = newAttachment({ collection: 'ergonomic-assessments', id: colleagues.id }, other.id, bytes, { caption: 'Desk' });
    await push(other.token, 'attachments', photo);
    expect(await putContent(server.url, other.token, photo.id, bytes)).toMatchObject({ status: 200 });
    await officer.awaitInSync();
    const own = newAssessment(officer.userId, { employee: { name: 'Kim Ford', department: 'Roads', jobTitle: 'Engineer' } });
    await officer.db.ergonomic_assessments.insert(own);
    await officer.awaitInSync();
    expect(await officer.db.ergonomic_assessments.findOne(colleagues.id).exec()).not.toBeNull();
    officer.transfer?.want(photo.id);
    await eventually('the photo is downloaded', async () => ((await officer.files?.held([photo.id]))?.size ?? 0) > 0);

    // Offline, the officer edits both; meanwhile an admin revokes the permission.
    officer.setOnline(false);
    await (await officer.db.ergonomic_assessments.findOne(own.id).exec())?.incrementalPatch({ notes: 'Footrest ordered', updatedAt: new Date().toISOString() });
    await (await officer.db.ergonomic_assessments.findOne(colleagues.id).exec())?.incrementalPatch({ notes: 'Seen on Tuesday', updatedAt: new Date().toISOString() });
    await setSafetyOfficer(server.url, 'tech05', false);
    officer.setOnline(true);
    await officer.awaitInSync();
    await eventually('the colleague\'s assessment has left the device', async () => (await officer.db.ergonomic_assessments.findOne(colleagues.id).exec()) === null);
    officer.transfer?.kick();
    await officer.transfer?.awaitIdle();

    // Their own change reached the server; the other was refused and is listed on this device alone.
    const { token } = await loginHttp(server.url, 'super01');
    const stored = await pullAll(server.url, token, 'ergonomic-assessments');
    expect(stored.get(own.id)?.notes).toBe('Footrest ordered');
    expect(stored.get(colleagues.id)?.notes).toBe('');
    expect(await officer.conflicts({ kind: 'refused', docId: colleagues.id })).toHaveLength(1);
    // Nothing of the colleague's assessment stays: not the document, not its photo, not the bytes.
    expect((await officer.db.ergonomic_assessments.find().exec()).map((d) => d.id)).toEqual([own.id]);
    expect(await officer.db.attachments.findOne(photo.id).exec()).toBeNull();
    expect((await officer.files?.held([photo.id]))?.size).toBe(0);
    // Nor do their storage's soft-deleted copies: the documents are purged, not flagged.
    const raw = await officer.db.ergonomic_assessments.storageInstance.findDocumentsById([colleagues.id], true);
    expect(raw).toHaveLength(0);
    // And the server agrees: the photo is no longer theirs to fetch.
    expect(await getContent(server.url, (await loginHttp(server.url, 'tech05')).token, photo.id)).toMatchObject({ status: 404 });
  });
});
