import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryDoc } from '@shared/schema/inventory.schema';
import { sweepIdOf } from '@shared/domain/inventory/sweep-id';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { newAsset } from '../../support/documents';
import { newCampaign } from '../../support/inventory';

let server: TestServer;
let supervisor: { token: string; id: string };
let technician: { token: string; id: string };

beforeAll(async () => {
  server = await startTestServer();
  const s = await loginHttp(server.url, 'super01');
  const t = await loginHttp(server.url, 'tech01');
  supervisor = { token: s.token, id: s.user.id };
  technician = { token: t.token, id: t.user.id };
});
afterAll(() => server.stop());

const push = (token: string, collection: string, docs: unknown[], bases: unknown[] = []) =>
  http(server.url, `/sync/${collection}/push`, { token, body: docs.map((d, i) => ({ assumedMasterState: bases[i] ?? null, newDocumentState: d })) });

async function stored(id: string): Promise<InventoryDoc | undefined> {
  const { rows } = await server.db.query<{ data: InventoryDoc }>("SELECT data FROM documents WHERE collection = 'inventory' AND id = $1", [id]);
  return rows[0]?.data;
}

async function assetIdsAt(siteId: string): Promise<string[]> {
  const { rows } = await server.db.query<{ id: string }>(
    "SELECT id FROM documents WHERE collection = 'assets' AND NOT deleted AND data->>'siteId' = $1 AND data->>'status' IN ('in-service', 'in-storage', 'missing')",
    [siteId],
  );
  return rows.map((r) => r.id).sort();
}

describe('a supervisor opens a campaign: the server makes one sweep per site', () => {
  it('with the UUID v5 id of campaign and site and the expected list fixed at that moment', async () => {
    const campaign = newCampaign(supervisor.id, ['site-003', 'site-004']);
    expect(await push(supervisor.token, 'inventory', [campaign])).toEqual({ status: 200, body: [] });
    for (const siteId of ['site-003', 'site-004']) {
      const sweep = await stored(sweepIdOf(campaign.id, siteId));
      expect(sweep).toMatchObject({ kind: 'sweep', status: 'open', campaignId: campaign.id, siteId });
      expect(sweep?.expected?.map((e) => e.assetId).sort()).toEqual(await assetIdsAt(siteId));
      expect(sweep?.expected?.length).toBeGreaterThan(100);
    }
    // Pulled like any document, by technicians too.
    const pulled = await http(server.url, '/sync/inventory/pull?seq=0&limit=100', { token: technician.token });
    const ids = (pulled.body as { documents: { id: string }[] }).documents.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([campaign.id, sweepIdOf(campaign.id, 'site-003'), sweepIdOf(campaign.id, 'site-004')]));
  });

  it('never remakes a sweep: an asset registered later is not expected (it counts as moved in), a site added later gets its own', async () => {
    const campaign = newCampaign(supervisor.id, ['site-005']);
    await push(supervisor.token, 'inventory', [campaign]);
    const before = await stored(sweepIdOf(campaign.id, 'site-005'));
    const late = newAsset({ siteId: 'site-005' });
    expect((await push(technician.token, 'assets', [late])).status).toBe(200);
    const widened = { ...campaign, siteIds: ['site-005', 'site-006'], updatedAt: new Date(Date.now() + 5).toISOString() };
    expect(await push(supervisor.token, 'inventory', [widened], [campaign])).toEqual({ status: 200, body: [] });
    const after = await stored(sweepIdOf(campaign.id, 'site-005'));
    expect(after).toEqual(before);
    expect(after?.expected?.some((e) => e.assetId === late.id)).toBe(false);
    expect(await stored(sweepIdOf(campaign.id, 'site-006'))).toMatchObject({ siteId: 'site-006', campaignId: campaign.id });
  });

  it('a campaign opened twice (a replayed push) makes each sweep once', async () => {
    const campaign = newCampaign(supervisor.id, ['site-007']);
    await push(supervisor.token, 'inventory', [campaign]);
    await push(supervisor.token, 'inventory', [campaign]);
    const { rows } = await server.db.query<{ n: string }>("SELECT count(*) AS n FROM documents WHERE collection = 'inventory' AND data->>'campaignId' = $1", [campaign.id]);
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('a technician cannot open one, so no sweep is made', async () => {
    const campaign = newCampaign(technician.id, ['site-008']);
    expect((await push(technician.token, 'inventory', [campaign])).status).toBe(403);
    expect(await stored(sweepIdOf(campaign.id, 'site-008'))).toBeUndefined();
  });
});
