import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import type { InventoryDoc } from '@shared/schema/inventory.schema';
import { sweepIdOf } from '@shared/domain/inventory/sweep-id';
import { reconcile } from '@shared/domain/inventory/reconciliation';
import { assetScanOutcome, recordOfScan } from '@shared/domain/inventory/scan-outcome';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { newCampaign } from '../../support/inventory';
import { startNodeClient, type NodeClient } from '../../support/node-client';

let server: TestServer;
let clients: NodeClient[] = [];
const siteId = 'site-009';
let sweepId = '';

beforeAll(async () => {
  server = await startTestServer();
  const supervisor = await loginHttp(server.url, 'super01');
  const campaign = newCampaign(supervisor.user.id, [siteId]);
  await http(server.url, '/sync/inventory/push', { token: supervisor.token, body: [{ assumedMasterState: null, newDocumentState: campaign }] });
  sweepId = sweepIdOf(campaign.id, siteId);
  clients = [await startNodeClient(server.url, 'tech01', ['inventory', 'assets', 'asset-events']), await startNodeClient(server.url, 'tech02', ['inventory', 'assets', 'asset-events'])];
  await Promise.all(clients.map((c) => c.awaitInSync()));
}, 120_000);
afterAll(async () => {
  for (const c of clients) await c.close();
  await server.stop();
});

/** A scan made on `client` as the sweep screen makes it: the shared outcome, its event and the asset's new fields. */
async function scan(client: NodeClient, asset: Asset): Promise<void> {
  const stored = (await client.db.asset_events.find({ selector: { sweepId } }).exec()).map((d) => d.assetId);
  const place = { siteId, building: asset.building, room: asset.room };
  const result = assetScanOutcome(asset, place, new Set(stored));
  const at = new Date().toISOString();
  const record = recordOfScan(result, { sweepId, place, authorId: client.userId, authorName: 'T', deviceId: `device-${client.userId}`, method: 'wedge', at });
  if (!record) return;
  await client.db.asset_events.insert({ id: uuidv7(), ...record.event } as AssetEvent);
  if (record.asset) await (await client.db.assets.findOne(asset.id).exec())?.incrementalPatch(record.asset);
}

async function standing(client: NodeClient) {
  const sweep = (await client.db.inventory.findOne(sweepId).exec())?.toJSON() as InventoryDoc;
  const events = (await client.db.asset_events.find({ selector: { sweepId } }).exec()).map((d) => d.toJSON() as AssetEvent);
  const r = reconcile({ siteId, expected: sweep.expected ?? [] }, events);
  return { expected: r.expected, verified: r.verified, remaining: r.remaining, scans: events.length };
}

describe('two technicians sweep one site offline', () => {
  it('their scans combine: after sync both devices hold every scan, an asset both scanned counts once, and the counts agree', async () => {
    const [first, second] = clients as [NodeClient, NodeClient];
    const sweep = (await first.db.inventory.findOne(sweepId).exec())?.toJSON() as InventoryDoc;
    const ids = (sweep.expected ?? []).slice(0, 5).map((e) => e.assetId);
    const assets = await Promise.all(ids.map(async (id) => (await first.db.assets.findOne(id).exec())?.toJSON() as Asset));
    for (const c of clients) c.setOnline(false);
    for (const a of assets.slice(0, 3)) await scan(first, a);
    for (const a of assets.slice(2, 5)) await scan(second, a);
    expect((await standing(first)).verified).toBe(3);
    expect((await standing(second)).verified).toBe(3);

    for (const c of clients) c.setOnline(true);
    await Promise.all(clients.map((c) => c.awaitInSync()));
    await Promise.all(clients.map((c) => c.awaitInSync()));
    const both = [await standing(first), await standing(second)];
    expect(both[0]).toEqual({ expected: sweep.expected?.length, verified: 5, remaining: (sweep.expected?.length ?? 0) - 5, scans: 6 });
    expect(both[1]).toEqual(both[0]);
    const { rows } = await server.db.query<{ n: string }>("SELECT count(*) AS n FROM documents WHERE collection = 'asset-events' AND data->>'sweepId' = $1", [sweepId]);
    expect(Number(rows[0]?.n)).toBe(6);
  }, 120_000);
});
