import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src-server/db/database';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { newWorkOrder } from '../../support/documents';
import { seedDemoCounty } from '../../../src-server/seed/demo-county';

let first: TestServer;
let second: TestServer;
beforeAll(async () => {
  [first, second] = await Promise.all([startTestServer({ demo: false }), startTestServer({ demo: false })]);
  await seedDemoCounty(first.db, { workOrders: 0, assets: 0 });
  await copyAccounts(first.db, second.db);
});
afterAll(() => Promise.all([first.stop(), second.stop()]));

/** The same people on another server (a county's test server, say), with the same ids. */
async function copyAccounts(from: Database, to: Database): Promise<void> {
  for (const table of ['documents', 'accounts']) {
    const where = table === 'documents' ? "WHERE collection = 'users'" : '';
    const { rows } = await from.query<Record<string, unknown>>(`SELECT * FROM ${table} ${where}`);
    for (const row of rows) {
      const columns = Object.keys(row);
      const values = columns.map((c) => (row[c] !== null && typeof row[c] === 'object' && !(row[c] instanceof Date) ? JSON.stringify(row[c]) : row[c]));
      await to.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
    }
  }
}

/** Stores `docs` as written by super01 (their `createdBy` is filled in). */
async function pushAsSupervisor(server: TestServer, docs: Record<string, unknown>[]) {
  const { token, user } = await loginHttp(server.url, 'super01');
  const body = docs.map((d) => ({ assumedMasterState: null, newDocumentState: { ...d, createdBy: user.id } }));
  expect(await http(server.url, '/sync/work-orders/push', { token, body })).toMatchObject({ status: 200, body: [] });
}

const heldIds = async (client: NodeClient) => (await client.db.work_orders.find().exec()).map((d) => d.id).sort();
const serverIds = async (server: TestServer) => [...(await pullAll(server.url, (await loginHttp(server.url, 'tech01')).token, 'work-orders')).keys()].sort();

async function editOffline(client: NodeClient, title: string): Promise<string> {
  client.setOnline(false);
  const mine = newWorkOrder({ title, createdBy: client.userId });
  await client.db.work_orders.insert(mine);
  return mine.id;
}

describe('a device whose checkpoint no longer fits the server', () => {
  it('pulls again from the start when the server was restored from a backup, dropping what the backup lacks and keeping its own changes', async () => {
    const client = await startNodeClient(first.url, 'tech01');
    try {
      const kept = newWorkOrder({ title: 'In the backup', createdBy: '' });
      await pushAsSupervisor(first, [kept]);
      await client.awaitInSync();
      const { rows } = await first.db.query<{ seq: string }>("SELECT seq FROM collection_seq WHERE collection = 'work-orders'");
      const backupSeq = Number(rows[0]?.seq);
      const lost = newWorkOrder({ title: 'Stored after the backup', createdBy: '' });
      await pushAsSupervisor(first, [lost]);
      await client.awaitInSync();
      expect(await heldIds(client)).toContain(lost.id);

      const mine = await editOffline(client, 'Made offline before the restore');
      // The restore: the server's database goes back to how it was at `backupSeq`.
      await first.db.query("DELETE FROM documents WHERE collection = 'work-orders' AND seq > $1", [backupSeq]);
      await first.db.query("UPDATE collection_seq SET seq = $1 WHERE collection = 'work-orders'", [backupSeq]);
      client.setOnline(true);
      await client.awaitInSync();

      expect(await heldIds(client)).toEqual(await serverIds(first));
      expect(await heldIds(client)).not.toContain(lost.id);
      expect(await serverIds(first)).toContain(mine);
    } finally {
      await client.close();
    }
  });

  it('pulls again from the start when it meets another server, keeping its own changes', async () => {
    const databaseName = `moved-${Date.now()}`;
    const onFirst = newWorkOrder({ title: 'Only on the first server', createdBy: '' });
    const onSecond = newWorkOrder({ title: 'Only on the second server', createdBy: '' });
    await pushAsSupervisor(first, [onFirst]);
    await pushAsSupervisor(second, [onSecond, newWorkOrder({ title: 'Also on the second', createdBy: '' })]);
    const before = await startNodeClient(first.url, 'tech01', undefined, { databaseName });
    await before.awaitInSync();
    const mine = await editOffline(before, 'Made offline, sent to the second server');
    await before.close({ keepDatabase: true });

    const after = await startNodeClient(second.url, 'tech01', undefined, { databaseName });
    try {
      await after.awaitInSync();
      expect(await heldIds(after)).toEqual(await serverIds(second));
      expect(await heldIds(after)).not.toContain(onFirst.id);
      expect(await serverIds(second)).toContain(mine);
    } finally {
      await after.close();
    }
  });
});
