import { sweepIdOf } from '@shared/domain/inventory/sweep-id';
import { expectedStatuses } from '@shared/domain/inventory/expected';
import type { WireDoc } from '@shared/sync/protocol';
import type { Sql } from '../db/database';

type Author = { id: string; device: string };

/**
 * Makes the sweeps of an open campaign (DECISIONS #12): one per covered site that has none yet,
 * with the UUID v5 id of campaign and site, and its expected list fixed now: every asset the
 * register has at that site in service, in storage or missing (surplus and disposed assets are
 * not looked for; found, they are flagged). Assets that reach the site later count as moved in.
 * Runs inside the campaign's push transaction, under the inventory sequence lock; returns the
 * sequence number of the last document stored. A site added to an open campaign gets its sweep
 * at that push; sweeps already made are never remade, so their expected lists never change.
 */
export async function createSweeps(tx: Sql, campaign: WireDoc, seq: number, author: Author, now: Date): Promise<number> {
  if (campaign.kind !== 'campaign' || campaign.status !== 'open' || campaign._deleted) return seq;
  const campaignId = campaign.id as string;
  const siteIds = [...new Set((campaign.siteIds as string[] | undefined) ?? [])];
  const wanted = new Map(siteIds.map((siteId) => [sweepIdOf(campaignId, siteId), siteId]));
  const { rows: made } = await tx.query<{ id: string }>("SELECT id FROM documents WHERE collection = 'inventory' AND id = ANY($1)", [[...wanted.keys()]]);
  for (const { id } of made) wanted.delete(id);
  if (wanted.size === 0) return seq;
  const sites = [...wanted.values()];
  const { rows: siteRows } = await tx.query<{ id: string; name: string }>(
    "SELECT id, data->>'name' AS name FROM documents WHERE collection = 'sites' AND id = ANY($1)",
    [sites],
  );
  const siteNames = new Map(siteRows.map((r) => [r.id, r.name]));
  const { rows: assets } = await tx.query<{ site: string; id: string; building: string; room: string }>(
    `SELECT data->>'siteId' AS site, id, data->>'building' AS building, data->>'room' AS room FROM documents
      WHERE collection = 'assets' AND NOT deleted AND data->>'siteId' = ANY($1) AND data->>'status' = ANY($2)
      ORDER BY data->>'building', data->>'room', data->>'tag'`,
    [sites, [...expectedStatuses]],
  );
  const expected = new Map<string, { assetId: string; building: string; room: string }[]>();
  for (const a of assets) {
    const list = expected.get(a.site) ?? [];
    list.push({ assetId: a.id, building: a.building ?? '', room: a.room ?? '' });
    expected.set(a.site, list);
  }
  const at = now.toISOString();
  let next = seq;
  for (const [id, siteId] of wanted) {
    const sweep = {
      id,
      kind: 'sweep',
      name: (siteNames.get(siteId) ?? siteId).slice(0, 120),
      status: 'open',
      campaignId,
      siteId,
      expected: expected.get(siteId) ?? [],
      createdBy: author.id,
      createdAt: at,
      updatedAt: at,
    };
    next += 1;
    await tx.query('INSERT INTO documents (collection, id, seq, data, deleted) VALUES ($1, $2, $3, $4::jsonb, false)', ['inventory', id, next, JSON.stringify(sweep)]);
    await tx.query(
      'INSERT INTO audit_events (user_id, device, collection, doc_id, before, after) VALUES ($1, $2, $3, $4, NULL, $5::jsonb)',
      [author.id, author.device, 'inventory', id, JSON.stringify({ ...sweep, _deleted: false })],
    );
  }
  return next;
}
