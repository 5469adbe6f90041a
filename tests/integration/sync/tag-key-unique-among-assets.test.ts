import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '@shared/schema/asset.schema';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newAsset } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let boss: { token: string; id: string };
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 20 });
  const login = await loginHttp(server.url, 'super01');
  boss = { token: login.token, id: login.user.id };
});
afterAll(() => server.stop());

type Row = { assumedMasterState: (Asset & { _deleted: boolean }) | null; newDocumentState: Asset & { _deleted: boolean } };
const push = (rows: Row[]) => http(server.url, '/sync/assets/push', { token: boss.token, body: rows });
const create = (asset: Asset & { _deleted: boolean }) => push([{ assumedMasterState: null, newDocumentState: asset }]);
const onServer = async (id: string) => (await pullAll(server.url, boss.token, 'assets')).get(id) as (Asset & { _deleted: boolean }) | undefined;
const edit = async (id: string, change: Partial<Asset>) => {
  const stored = await onServer(id);
  if (!stored) throw new Error(`no asset ${id}`);
  return push([{ assumedMasterState: stored, newDocumentState: { ...stored, ...change, updatedAt: new Date().toISOString(), updatedBy: boss.id } }]);
};
const keyOf = async (id: string) => (await server.db.query<{ tag_key: string | null }>("SELECT tag_key FROM documents WHERE collection = 'assets' AND id = $1", [id])).rows[0]?.tag_key;

/** An asset written straight into the database, as one stored before tag keys existed. */
async function storedBeforeKeys(asset: Asset): Promise<void> {
  await server.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ seq: string }>("UPDATE collection_seq SET seq = seq + 1 WHERE collection = 'assets' RETURNING seq");
    await tx.query("INSERT INTO documents (collection, id, seq, data, deleted) VALUES ('assets', $1, $2, $3::jsonb, false)", [asset.id, Number(rows[0]?.seq), JSON.stringify(asset)]);
  });
}

describe('an asset tag is unique once normalised', () => {
  it.each([
    ['in lower case', (tag: string) => tag.toLowerCase()],
    ['with spaces around and inside', (tag: string) => ` ${tag.slice(0, 4)} ${tag.slice(4)} `],
    ['with Code 39 start and stop characters', (tag: string) => `*${tag}*`],
  ])('a new asset with a held tag %s is refused, naming the tag', async (_, variant) => {
    const held = newAsset({ tag: `CTY-${String(Date.now()).slice(-7)}`, updatedBy: boss.id });
    expect(await create(held)).toEqual({ status: 200, body: [] });
    expect(await keyOf(held.id)).toBe(held.tag);
    const copy = newAsset({ tag: variant(held.tag), updatedBy: boss.id });
    expect(await create(copy)).toMatchObject({ status: 409, body: { field: 'tag', id: copy.id } });
    expect(await onServer(copy.id)).toBeUndefined();
  });

  it('a tag freed by a change of tag or a deletion can be taken by another asset', async () => {
    const first = newAsset({ tag: 'CTY-7000001', updatedBy: boss.id });
    const second = newAsset({ tag: 'CTY-7000002', updatedBy: boss.id });
    expect(await create(first)).toMatchObject({ status: 200 });
    expect(await create(second)).toMatchObject({ status: 200 });
    expect(await edit(first.id, { tag: 'CTY-7000011' })).toMatchObject({ status: 200 });
    expect(await edit(second.id, { _deleted: true } as Partial<Asset>)).toMatchObject({ status: 200 });
    const takesFirst = newAsset({ tag: 'cty-7000001', updatedBy: boss.id });
    const takesSecond = newAsset({ tag: '*CTY-7000002*', updatedBy: boss.id });
    expect(await create(takesFirst)).toEqual({ status: 200, body: [] });
    expect(await create(takesSecond)).toEqual({ status: 200, body: [] });
    expect(await keyOf(takesFirst.id)).toBe('CTY-7000001');
    expect(await keyOf(first.id)).toBe('CTY-7000011');
    expect(await keyOf(second.id)).toBeNull();
  });

  it('assets that shared a key before keys existed are reported at start, the server still starts, and their other edits are kept', async () => {
    const older = newAsset({ tag: 'CTY-0000777', serialNumber: 'OLD-1', updatedBy: boss.id });
    const newer = newAsset({ tag: 'cty-0000777', serialNumber: 'OLD-2', updatedBy: boss.id });
    const { _deleted: _a, ...olderDoc } = older;
    const { _deleted: _b, ...newerDoc } = newer;
    await storedBeforeKeys(olderDoc);
    await storedBeforeKeys(newerDoc);

    server = await server.restart();
    expect(server.tagKeyDuplicates).toEqual([
      { key: 'CTY-0000777', holder: { id: older.id, tag: 'CTY-0000777' }, others: [{ id: newer.id, tag: 'cty-0000777' }] },
    ]);
    expect(await keyOf(older.id)).toBe('CTY-0000777');
    expect(await keyOf(newer.id)).toBeNull();

    // The one without the key can still be moved, but no third asset can take the key.
    expect(await edit(newer.id, { room: 'Storage 2' })).toEqual({ status: 200, body: [] });
    expect((await onServer(newer.id))?.room).toBe('Storage 2');
    expect(await create(newAsset({ tag: 'Cty-0000777', updatedBy: boss.id }))).toMatchObject({ status: 409, body: { field: 'tag' } });

    // Given a tag of its own, it gets its key, and the next start reports nothing.
    expect(await edit(newer.id, { tag: 'CTY-0000778' })).toEqual({ status: 200, body: [] });
    expect(await keyOf(newer.id)).toBe('CTY-0000778');
    server = await server.restart();
    expect(server.tagKeyDuplicates).toEqual([]);
  });
});
