import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '@shared/schema/asset.schema';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newAsset } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let server: TestServer;
let supervisor: { token: string; id: string };
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await seedDemoCounty(server.db, { workOrders: 0, assets: 50 });
  const login = await loginHttp(server.url, 'super01');
  supervisor = { token: login.token, id: login.user.id };
});
afterAll(() => server.stop());

const onServer = async (id: string) => (await pullAll(server.url, supervisor.token, 'assets')).get(id);

/** Another user moves an asset, straight on the server. */
async function movedBySupervisor(asset: Asset, room: string): Promise<void> {
  const stored = await onServer(asset.id);
  const moved = { ...stored, room, updatedAt: new Date().toISOString(), updatedBy: supervisor.id };
  expect(await http(server.url, '/sync/assets/push', { token: supervisor.token, body: [{ assumedMasterState: stored, newDocumentState: moved }] })).toEqual({ status: 200, body: [] });
}

const strip = <T extends { _deleted: boolean }>({ _deleted, ...doc }: T) => doc;
const roomOnDevice = async (client: NodeClient, id: string) => (await client.db.assets.findOne(id).exec())?.room;

describe('an asset created offline with a tag already in use', () => {
  let client: NodeClient;
  beforeAll(async () => void (client = await startNodeClient(server.url, 'tech01', ['assets', 'asset-events'])));
  afterAll(() => client.close());

  it('is refused alone and listed in plain words; the other edits reach the server and the pull still runs', async () => {
    await client.awaitInSync();
    const [edited, movedElsewhere, taken] = (await client.db.assets.find({ sort: [{ tag: 'asc' }], limit: 3 }).exec()).map((d) => d.toJSON() as Asset);
    if (!edited || !movedElsewhere || !taken) throw new Error('the seeded county has no assets');

    client.setOnline(false);
    const now = () => new Date().toISOString();
    const duplicate = newAsset({ tag: taken.tag, serialNumber: 'DUP-1', updatedBy: client.userId });
    const fresh = newAsset({ serialNumber: 'NEW-1', updatedBy: client.userId });
    await client.db.assets.insert(strip(duplicate));
    await client.db.assets.insert(strip(fresh));
    await client.db.assets.findOne(edited.id).incrementalPatch({ room: 'B-12', updatedAt: now(), updatedBy: client.userId });
    await movedBySupervisor(movedElsewhere, 'Storage 3');
    client.setOnline(true);

    await eventually('the edit of another asset on the server', async () => (await onServer(edited.id))?.room === 'B-12', 15_000);
    await eventually('the asset created with a fresh tag on the server', async () => (await onServer(fresh.id)) !== undefined, 15_000);
    await eventually("the supervisor's move on the device", async () => (await roomOnDevice(client, movedElsewhere.id)) === 'Storage 3', 15_000);
    const listed = await eventually('the refused asset listed', async () => {
      const found = await client.conflicts({ kind: 'refused', docId: duplicate.id });
      return found.length > 0 ? found : null;
    }, 15_000);
    expect(listed).toEqual([
      expect.objectContaining({
        state: 'open', collectionName: 'assets', label: `Asset ${taken.tag}`, field: 'tag',
        reason: `Tag ${taken.tag} is already used by another asset: change the tag or merge with that asset.`,
      }),
    ]);
    expect(JSON.parse(listed[0]?.mine ?? '{}')).toMatchObject({ tag: taken.tag, serialNumber: 'DUP-1' });

    await client.awaitInSync();
    expect(await onServer(duplicate.id)).toBeUndefined();
    expect(await onServer(taken.id)).toMatchObject({ tag: taken.tag, serialNumber: taken.serialNumber });
    expect(await client.outbox.tables.pending.toArray()).toEqual([]);
  });
});

describe('a push that fails for a reason naming no document', () => {
  it('does not stop the pull, and is retried until it goes through', async () => {
    let pushesFail = true;
    const client = await startNodeClient(server.url, 'tech02', ['assets', 'asset-events'], {
      beforeRequest: (url) => {
        if (pushesFail && url.includes('/sync/assets/push')) throw new TypeError('fetch failed: the push route is unreachable');
      },
    });
    try {
      await eventually('the first sync', async () => (await client.db.assets.count().exec()) >= 50, 15_000);
      const [mine, theirs] = (await client.db.assets.find({ sort: [{ tag: 'desc' }], limit: 2 }).exec()).map((d) => d.toJSON() as Asset);
      if (!mine || !theirs) throw new Error('the seeded county has no assets');
      await client.db.assets.findOne(mine.id).incrementalPatch({ room: 'C-7', updatedAt: new Date().toISOString(), updatedBy: client.userId });
      await movedBySupervisor(theirs, 'Annex 2');

      await eventually("the supervisor's move on the device, while its own push keeps failing", async () => (await roomOnDevice(client, theirs.id)) === 'Annex 2', 15_000);
      expect((await onServer(mine.id))?.room).not.toBe('C-7');
      expect(await client.outbox.tables.pending.count()).toBe(1);

      pushesFail = false;
      await eventually('the retried push on the server', async () => (await onServer(mine.id))?.room === 'C-7', 15_000);
    } finally {
      await client.close();
    }
  });
});
