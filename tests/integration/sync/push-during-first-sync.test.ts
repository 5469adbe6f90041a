import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient } from '../../support/node-client';
import { loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await loginHttp(server.url, 'super01')).token;
});
afterAll(() => server.stop());

describe('an asset edited while the first sync of the 20,000 demo assets is still pulling', () => {
  it('is pushed before the last page is pulled, not after', async () => {
    const requests: string[] = [];
    let edited: { id: string; room: string } | undefined;
    const client = await startNodeClient(server.url, 'super02', ['assets'], { beforeRequest: async (url) => {
      const path = new URL(url).pathname;
      if (path.startsWith('/sync/assets/')) requests.push(path);
      if (edited || requests.filter((p) => p.endsWith('/pull')).length !== 4) return;
      const asset = await client.db.assets.findOne().exec();
      if (!asset) throw new Error('the first page should be stored by now');
      edited = { id: asset.id, room: 'R-42' };
      await asset.incrementalPatch({ room: edited.room, updatedAt: new Date().toISOString() });
      // Long enough for the edit to be noticed before this page's request leaves.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } });
    try {
      await client.awaitInSync();
      const firstPush = requests.indexOf('/sync/assets/push');
      expect(edited).toBeDefined();
      expect(firstPush).toBeGreaterThan(0);
      // The first sync asks for 11 pages (10 full ones of 2,000, then an empty one).
      expect(requests.slice(0, firstPush).filter((p) => p.endsWith('/pull')).length).toBeLessThan(10);
      expect((await pullAll(server.url, token, 'assets')).get(edited?.id ?? '')).toMatchObject({ room: 'R-42' });
    } finally {
      await client.close();
    }
  });
});
