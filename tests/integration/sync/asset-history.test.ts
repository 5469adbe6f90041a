import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetWorkOrder } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { newWorkOrder } from '../../support/documents';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe("an asset's history from the server", () => {
  it('lists every work order on the asset, newest first, saying what was wrong and what was done but not who asked', async () => {
    const tech = await loginHttp(server.url, 'tech01');
    const colleague = await loginHttp(server.url, 'tech02');
    const push = async (token: string, doc: ReturnType<typeof newWorkOrder>) =>
      expect(await http(server.url, '/sync/work-orders/push', { method: 'POST', token, body: [{ assumedMasterState: null, newDocumentState: doc }] })).toMatchObject({ status: 200 });
    const first = newWorkOrder({ createdBy: colleague.user.id, assetId: 'asset-printer-1', title: 'Printer jams on every job', createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z' });
    const second = newWorkOrder({ createdBy: tech.user.id, assetId: 'asset-printer-1', title: 'Printer shows a paper-feed error', createdAt: '2026-02-10T09:00:00.000Z', updatedAt: '2026-02-10T09:00:00.000Z' });
    const elsewhere = newWorkOrder({ createdBy: tech.user.id, assetId: 'asset-laptop-9', title: 'Laptop will not charge' });
    await push(colleague.token, first);
    await push(tech.token, second);
    await push(tech.token, elsewhere);

    const { status, body } = await http(server.url, '/work-orders/by-asset/asset-printer-1', { token: tech.token });
    expect(status).toBe(200);
    const history = body as AssetWorkOrder[];
    expect(history.map((w) => w.title)).toEqual(['Printer shows a paper-feed error', 'Printer jams on every job']);
    expect(history[1]).toEqual({ id: first.id, number: expect.any(Number), title: first.title, category: first.category, status: 'new', createdAt: first.createdAt, resolutionSummary: '' });
    expect(JSON.stringify(history)).not.toContain(first.requester.name);
  });

  it('answers only a signed-in user, and names a bad asset id', async () => {
    expect((await http(server.url, '/work-orders/by-asset/asset-printer-1')).status).toBe(401);
    const { token } = await loginHttp(server.url, 'tech01');
    expect(await http(server.url, `/work-orders/by-asset/${'x'.repeat(65)}`, { token })).toMatchObject({ status: 400, body: { field: 'assetId' } });
    expect(await http(server.url, '/work-orders/by-asset/asset-never-seen', { token })).toMatchObject({ status: 200, body: [] });
  });
});
