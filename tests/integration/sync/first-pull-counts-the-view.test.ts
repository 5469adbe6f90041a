import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionNames } from '@shared/schema/collections';
import type { PullResponse } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/** What the first page of a pull from the start says the user will hold, for each collection. */
async function announced(token: string): Promise<Record<string, number | undefined>> {
  const counts: Record<string, number | undefined> = {};
  for (const name of collectionNames) {
    const { body } = await http(server.url, `/sync/${name}/pull?seq=0&limit=1`, { token });
    counts[name] = (body as PullResponse).count;
  }
  return counts;
}

/** What a first sync brings the user: every document they may see that is not deleted. */
async function heldAfterFirstSync(token: string): Promise<Record<string, number>> {
  const held: Record<string, number> = {};
  for (const name of collectionNames) held[name] = [...(await pullAll(server.url, token, name)).values()].filter((d) => !d._deleted).length;
  return held;
}

describe('a pull from the start says how much the first sync will bring', () => {
  it("counts, for each collection, the documents in the user's own view, not the server's whole store", async () => {
    const tech = await loginHttp(server.url, 'tech01');
    const supervisor = await loginHttp(server.url, 'super01');
    // A deleted work order is on the server but never on a device.
    const { body: page } = await http(server.url, '/sync/work-orders/pull?seq=0&limit=1', { token: supervisor.token });
    const [doomed] = (page as { documents: Record<string, unknown>[] }).documents;
    if (!doomed) throw new Error('the demo county has work orders');
    const gone = { ...doomed, _deleted: true, updatedAt: new Date().toISOString() };
    const pushed = await http(server.url, '/sync/work-orders/push', { method: 'POST', token: supervisor.token, body: [{ assumedMasterState: { ...doomed, _deleted: false }, newDocumentState: gone }] });
    expect(pushed.status).toBe(200);

    const techCounts = await announced(tech.token);
    const supervisorCounts = await announced(supervisor.token);
    expect(techCounts).toEqual(await heldAfterFirstSync(tech.token));
    expect(supervisorCounts).toEqual(await heldAfterFirstSync(supervisor.token));
    // A technician sees open work and their own recent work; a supervisor every work order.
    expect(techCounts['work-orders']).toBeLessThan(supervisorCounts['work-orders'] ?? 0);
    expect(techCounts.assets).toBe(20_000);

    // Past the start, a page says nothing of counts: only a first sync needs them.
    const { body: later } = await http(server.url, '/sync/assets/pull?seq=1&limit=1', { token: tech.token });
    expect((later as PullResponse).count).toBeUndefined();
  });
});
