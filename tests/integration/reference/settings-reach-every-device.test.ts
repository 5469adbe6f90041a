import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { countyKey, inForce } from '@shared/domain/reference';
import type { SessionUser } from '@shared/sync/protocol';
import { startTestServer, type TestServer } from '../../support/server';
import { startNodeClient, type NodeClient } from '../../support/node-client';
import { eventually, loginHttp } from '../../support/api';
import { createAccount } from '../../support/accounts';
import { pullAll } from '../../support/pull-all';
import { saveNewVersion } from '../../../src-renderer/features/settings/save-version';

// The settings screen's own save, on real client databases syncing through the real gateway.
let server: TestServer;
let supervisor: NodeClient;
let technician: NodeClient;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  await createAccount(server.db, 'boss', 'supervisor');
  await createAccount(server.db, 'tech', 'technician');
  supervisor = await startNodeClient(server.url, 'boss', ['reference']);
  technician = await startNodeClient(server.url, 'tech', ['reference']);
  await Promise.all([supervisor.awaitInSync(), technician.awaitInSync()]);
});
afterAll(async () => {
  await supervisor?.close();
  await technician?.close();
  await server?.stop();
});

const held = async (client: NodeClient) => (await client.db.reference.find().exec()).map((d) => d.toJSON() as ReferenceDoc);
const policyOn = async (client: NodeClient) => inForce(await held(client), 'sla-policy', countyKey);
const userOf = (client: NodeClient, username: string, role: SessionUser['role']): SessionUser => ({ id: client.userId, name: username, role, username });

async function changeP1Response(client: NodeClient, minutes: number, author: SessionUser): Promise<ReferenceDoc> {
  const versions = await held(client);
  const current = inForce(versions, 'sla-policy', countyKey);
  if (!current?.slaPolicy) throw new Error('no SLA policy on the device');
  const slaPolicy = { ...current.slaPolicy, targets: { ...current.slaPolicy.targets, 1: { ...current.slaPolicy.targets['1'], responseMinutes: minutes } } };
  return saveNewVersion(client.db, current, versions, { slaPolicy }, author);
}

describe('county settings', () => {
  it('reach every device from the first sync', async () => {
    expect((await policyOn(technician))?.slaPolicy?.targets['1'].responseMinutes).toBe(30);
  });

  it('changed by a supervisor, even offline, reach a technician\'s device as the version in force', async () => {
    const boss = userOf(supervisor, 'boss', 'supervisor');
    supervisor.setOnline(false);
    const saved = await changeP1Response(supervisor, 45, boss);
    expect(saved).toMatchObject({ version: 2, createdBy: boss.id });
    expect((await policyOn(supervisor))?.id).toBe(saved.id);
    expect(await supervisor.outbox.tables.pending.count()).toBe(1);
    supervisor.setOnline(true);
    await supervisor.awaitInSync();
    // The live stream tells the technician's device; it pulls by itself.
    await eventually('the new version on the technician\'s device', async () => (await policyOn(technician))?.id === saved.id);
    expect(await policyOn(technician)).toMatchObject({ id: saved.id, version: 2, slaPolicy: { targets: { 1: { responseMinutes: 45 } } } });
    // The version it replaced stays, for the work orders opened under it.
    expect((await held(technician)).filter((d) => d.kind === 'sla-policy').map((d) => d.version).sort()).toEqual([1, 2]);
  });

  it('changed on a technician\'s device are refused by the server and listed there; nobody else sees them', async () => {
    const tech = userOf(technician, 'tech', 'technician');
    const attempt = await changeP1Response(technician, 5, tech);
    await technician.awaitInSync();
    const { token } = await loginHttp(server.url, 'boss');
    expect((await pullAll(server.url, token, 'reference')).has(attempt.id)).toBe(false);
    const listed = (await technician.conflicts()).map((c) => ({ kind: c.kind, label: c.label }));
    expect(listed).toEqual([{ kind: 'refused', label: 'County service levels, version 3' }]);
    expect((await policyOn(technician))?.version).toBe(2);
  });
});
