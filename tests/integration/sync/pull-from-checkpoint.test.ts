import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { gatewayFor } from '../../support/api';
import { newWorkOrder } from '../../support/documents';
import type { Gateway } from '@shared/sync/gateway';

describe('pulling from an empty server', () => {
  let server: TestServer;
  let gateway: Gateway;
  beforeAll(async () => {
    server = await startTestServer({ demo: false });
    // An empty county still needs one account to sign in with.
    const { seedDemoCounty } = await import('../../../src-server/seed/demo-county');
    await seedDemoCounty(server.db, { workOrders: 0 });
    gateway = await gatewayFor(server.url, 'tech01');
  });
  afterAll(async () => {
    gateway.close();
    await server.stop();
  });

  it('returns no documents and keeps the checkpoint at 0', async () => {
    const answer = await gateway['sync:pull']({ collection: 'work-orders', checkpoint: { seq: 0 }, limit: 100 });
    expect(answer).toEqual({ documents: [], checkpoint: { seq: 0 }, head: 0, count: 0, server: expect.any(String), view: 1 });
  });
});

describe('pulling the demo county page by page', () => {
  let server: TestServer;
  let gateway: Gateway;
  beforeAll(async () => {
    server = await startTestServer();
    gateway = await gatewayFor(server.url, 'super01');
  });
  afterAll(async () => {
    gateway.close();
    await server.stop();
  });

  async function pullAll(from: number): Promise<{ ids: string[]; seq: number }> {
    const ids: string[] = [];
    let seq = from;
    for (;;) {
      const page: PullResponse = await gateway['sync:pull']({ collection: 'work-orders', checkpoint: { seq }, limit: 500 });
      if (page.documents.length === 0) return { ids, seq };
      ids.push(...page.documents.map((d) => d.id as string));
      expect(page.checkpoint.seq).toBeGreaterThan(seq);
      seq = page.checkpoint.seq;
    }
  }

  it('delivers all 2,000 work orders exactly once, then only what changed after the checkpoint', async () => {
    const first = await pullAll(0);
    expect(first.ids).toHaveLength(2000);
    expect(new Set(first.ids).size).toBe(2000);

    const createdBy = (await gateway['auth:session']({}))?.user.id ?? '';
    const wo = newWorkOrder({ title: 'Scanner offline at the clerk desk', createdBy });
    expect(await gateway['sync:push']({ collection: 'work-orders', rows: [{ assumedMasterState: null, newDocumentState: wo }] })).toEqual([]);

    const next = await pullAll(first.seq);
    expect(next.ids).toEqual([wo.id]);
  });
});

describe('a technician pulling past documents they may not see', () => {
  let server: TestServer;
  beforeAll(async () => void (server = await startTestServer()));
  afterAll(() => server.stop());

  it('still ends at the head of the collection, so their progress reaches 100 %', async () => {
    const { http, loginHttp } = await import('../../support/api');
    const supervisor = await loginHttp(server.url, 'super01');
    const hidden = newWorkOrder({ status: 'closed', assigneeId: 'someone-else', resolutionCode: 'other', resolutionSummary: 'Replaced the scanner.', createdBy: supervisor.user.id });
    await http(server.url, '/sync/work-orders/push', { token: supervisor.token, body: [{ assumedMasterState: null, newDocumentState: hidden }] });
    const { rows } = await server.db.query<{ seq: string }>("SELECT seq FROM collection_seq WHERE collection = 'work-orders'");
    const head = Number(rows[0]?.seq);

    const tech = await loginHttp(server.url, 'tech01');
    let seq = 0;
    for (let page = 0; page < 10; page++) {
      const { body } = await http(server.url, `/sync/work-orders/pull?seq=${seq}&limit=1000`, { token: tech.token });
      const answer = body as PullResponse;
      expect(answer.documents.some((d) => d.id === hidden.id)).toBe(false);
      seq = answer.checkpoint.seq;
      if (answer.documents.length < 1000) break;
    }
    expect(seq).toBe(head);
  });
});
