import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { newAsset } from '../../support/documents';
import { jpegBytes, newAttachment } from '../../support/attachments';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

// Low enough that one pull of the 300 documents below (about 600 bytes of JSON each) is cut several times.
const maxPullBytes = 32 * 1024;
const photos = 300;
let server: TestServer;
let readerToken: string;
const ids = new Set<string>();

beforeAll(async () => {
  server = await startTestServer({ demo: false, settings: { maxPullBytes } });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 0 });
  const supervisor = await loginHttp(server.url, 'super01');
  const tech = await loginHttp(server.url, 'tech01');
  readerToken = (await loginHttp(server.url, 'tech02')).token;
  const asset = newAsset();
  await http(server.url, '/sync/assets/push', { token: supervisor.token, body: [{ assumedMasterState: null, newDocumentState: asset }] });
  const docs = Array.from({ length: photos }, (_, i) =>
    newAttachment({ collection: 'assets', id: asset.id }, tech.user.id, jpegBytes(1000 + i), { caption: `Label ${i}: ${'serial number and asset tag, both legible. '.repeat(3)}` }),
  );
  for (let i = 0; i < docs.length; i += 100) {
    const rows = docs.slice(i, i + 100).map((d) => ({ assumedMasterState: null, newDocumentState: d }));
    expect(await http(server.url, '/sync/attachments/push', { token: tech.token, body: rows })).toMatchObject({ status: 200, body: [] });
  }
  docs.forEach((d) => ids.add(d.id));
});
afterAll(() => server.stop());

describe('pull pages bounded by bytes, not only by count', () => {
  it('cuts a page before its documents pass the server\'s byte limit, says there is more, and loses or repeats nothing', async () => {
    const seen: string[] = [];
    let seq = 0;
    let pages = 0;
    for (;;) {
      const { status, body } = await http(server.url, `/sync/attachments/pull?seq=${seq}&limit=2000`, { token: readerToken });
      expect(status).toBe(200);
      const page = body as PullResponse;
      if (page.documents.length === 0) break;
      pages++;
      // The documents as sent, less the brackets and commas of the list.
      expect(Buffer.byteLength(JSON.stringify(page.documents)) - page.documents.length - 1).toBeLessThanOrEqual(maxPullBytes);
      seen.push(...page.documents.map((d) => d.id as string));
      if (!page.more) break;
      seq = page.checkpoint.seq;
    }
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(photos);
    expect(new Set(seen)).toEqual(ids);
  });

  it('brings every document to a device, page after cut page', async () => {
    const device = await startNodeClient(server.url, 'tech02', ['assets', 'attachments']);
    try {
      await device.awaitInSync();
      const held = await device.db.attachments.find().exec();
      expect(new Set(held.map((d) => d.id))).toEqual(ids);
    } finally {
      await device.close();
    }
  });
});
