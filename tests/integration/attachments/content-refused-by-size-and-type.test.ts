import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { newWorkOrder } from '../../support/documents';
import { getContent, jpegBytes, newAttachment, pngBytes, putContent, svgBytes } from '../../support/attachments';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

const limit = 64 * 1024;
let server: TestServer;
let tech: { token: string; id: string };
let other: { token: string; id: string };
let workOrderId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false, settings: { maxAttachmentBytes: limit } });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  const login = async (name: string) => {
    const answer = await loginHttp(server.url, name);
    return { token: answer.token, id: answer.user.id };
  };
  tech = await login('tech01');
  other = await login('tech02');
  const supervisor = await login('super01');
  const wo = newWorkOrder({ status: 'assigned', assigneeId: tech.id, createdBy: supervisor.id });
  workOrderId = wo.id;
  expect(await http(server.url, '/sync/work-orders/push', { token: supervisor.token, body: [{ assumedMasterState: null, newDocumentState: wo }] })).toMatchObject({ status: 200 });
});
afterAll(() => server.stop());

const owner = () => ({ collection: 'work-orders' as const, id: workOrderId });
const pushMetadata = (token: string, docs: Record<string, unknown>[]) =>
  http(server.url, '/sync/attachments/push', { token, body: docs.map((d) => ({ assumedMasterState: null, newDocumentState: d })) });

async function described(bytes: Uint8Array, overrides: Parameters<typeof newAttachment>[3] = {}) {
  const meta = newAttachment(owner(), tech.id, bytes, overrides);
  expect(await pushMetadata(tech.token, [meta])).toMatchObject({ status: 200, body: [] });
  return meta;
}

describe('attachment content the server refuses', () => {
  it('stores a photo whose bytes match its metadata, and gives them back to a reader', async () => {
    const bytes = jpegBytes(4000);
    const meta = await described(bytes);
    const stored = await putContent(server.url, tech.token, meta.id, bytes);
    expect(stored).toMatchObject({ status: 200, body: { uploadedAt: expect.any(String) } });
    const read = await getContent(server.url, other.token, meta.id);
    expect(read.status).toBe(200);
    expect(read.type).toBe('image/jpeg');
    expect(read.bytes).toEqual(bytes);
    // A replayed upload changes nothing; other bytes for the same attachment never replace them.
    expect(await putContent(server.url, tech.token, meta.id, bytes)).toMatchObject({ status: 200 });
  });

  it('answers 413 naming content for bytes over the limit', async () => {
    const bytes = jpegBytes(limit + 1);
    const meta = newAttachment(owner(), tech.id, bytes);
    const answer = await putContent(server.url, tech.token, meta.id, bytes);
    expect(answer).toMatchObject({ status: 413, body: { field: 'content' } });
  });

  it('answers 413 naming content for a body past the server\'s body limit too', async () => {
    const answer = await putContent(server.url, tech.token, 'any-id', jpegBytes(9 * 1024 * 1024));
    expect(answer).toMatchObject({ status: 413, body: { field: 'content' } });
  });

  it('refuses metadata declaring more than the limit with 413 naming byteSize, alone: the rest of the push is stored', async () => {
    const fine = newAttachment(owner(), tech.id, jpegBytes(1000));
    const huge = newAttachment(owner(), tech.id, jpegBytes(1000), { byteSize: limit + 1 });
    expect(await pushMetadata(tech.token, [fine, huge])).toMatchObject({ status: 413, body: { field: 'byteSize', id: huge.id } });
    expect(await pushMetadata(tech.token, [fine])).toMatchObject({ status: 200, body: [] });
  });

  it.each([
    ['a type that is no picture', 'mime', jpegBytes(500), 'application/pdf'],
    ['PNG bytes declared as JPEG', 'content', pngBytes(500), 'image/jpeg'],
    ['text renamed to .jpg', 'content', new TextEncoder().encode('just some text, not a photo at all'), 'image/jpeg'],
  ])('answers 400 for %s, naming %s', async (_, field, bytes, mime) => {
    // The metadata describes these very bytes (size and hash), so only their type can be refused.
    const meta = await described(bytes);
    expect(await putContent(server.url, tech.token, meta.id, bytes, mime)).toMatchObject({ status: 400, body: { field } });
  });

  it('answers 400 naming content for an SVG signature that holds a script', async () => {
    const bytes = svgBytes('<script>alert(1)</script>');
    const meta = await described(bytes, { kind: 'signature', mime: 'image/svg+xml', width: 100, height: 100 });
    expect(await putContent(server.url, tech.token, meta.id, bytes, 'image/svg+xml')).toMatchObject({ status: 400, body: { field: 'content' } });
  });

  it('accepts an SVG signature of drawing only', async () => {
    const bytes = svgBytes();
    const meta = await described(bytes, { kind: 'signature', mime: 'image/svg+xml', width: 100, height: 100, caption: 'Alice Smith' });
    expect(await putContent(server.url, tech.token, meta.id, bytes, 'image/svg+xml')).toMatchObject({ status: 200 });
  });

  it('refuses metadata whose kind and type do not go together (a photo as SVG), naming mime', async () => {
    const meta = newAttachment(owner(), tech.id, svgBytes(), { mime: 'image/svg+xml' });
    expect(await pushMetadata(tech.token, [meta])).toMatchObject({ status: 400, body: { field: 'mime', id: meta.id } });
  });

  it('answers 400 naming content for bytes other than those the metadata describes', async () => {
    const meta = await described(jpegBytes(800));
    expect(await putContent(server.url, tech.token, meta.id, jpegBytes(800))).toMatchObject({ status: 400, body: { field: 'content' } });
    expect(await putContent(server.url, tech.token, meta.id, jpegBytes(801))).toMatchObject({ status: 400, body: { field: 'byteSize' } });
  });

  it('answers 404 naming id for content whose metadata has not arrived, and 403 to anyone but its author', async () => {
    const bytes = jpegBytes(600);
    const early = newAttachment(owner(), tech.id, bytes);
    expect(await putContent(server.url, tech.token, early.id, bytes)).toMatchObject({ status: 404, body: { field: 'id' } });
    await described(bytes, { id: early.id });
    expect(await putContent(server.url, other.token, early.id, bytes)).toMatchObject({ status: 403, body: { field: 'createdBy' } });
  });

  it('refuses metadata written in someone else\'s name, naming createdBy', async () => {
    const meta = newAttachment(owner(), other.id, jpegBytes(600));
    expect(await pushMetadata(tech.token, [meta])).toMatchObject({ status: 403, body: { field: 'createdBy', id: meta.id } });
  });

  it('says the content has not arrived yet (404 naming content) while only the metadata is there', async () => {
    const meta = await described(jpegBytes(700));
    expect(await getContent(server.url, other.token, meta.id)).toMatchObject({ status: 404, body: { field: 'content' } });
  });
});
