import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WireDoc } from '@shared/sync/protocol';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { inForce, shippedReferenceId } from '@shared/domain/reference';
import { startTestServer, type TestServer } from '../../support/server';
import { createAccount } from '../../support/accounts';
import { http, loginHttp } from '../../support/api';
import { pullAll } from '../../support/pull-all';
import { copyOfShippedReference, newSlaPolicyVersion, shippedEntries } from '../../support/reference';
import { spawnServer } from '../../support/server-process';

let server: TestServer | undefined;
const folders: string[] = [];
afterEach(async () => {
  await server?.stop();
  server = undefined;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function storedReference(db: TestServer['db']): Promise<{ id: string; seq: number; data: ReferenceDoc; deleted: boolean }[]> {
  const { rows } = await db.query<{ id: string; seq: string; data: ReferenceDoc; deleted: boolean }>("SELECT id, seq, data, deleted FROM documents WHERE collection = 'reference' ORDER BY seq");
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

const push = (token: string, docs: unknown[]) =>
  http(server?.url ?? '', '/sync/reference/push', { token, body: docs.map((d) => ({ assumedMasterState: null, newDocumentState: d })) });

describe('the shipped reference data', () => {
  it('is on a server started without the demo county, by fixed ids, and every user pulls it', async () => {
    server = await startTestServer({ demo: false });
    const shipped = shippedEntries();
    const stored = await storedReference(server.db);
    expect(stored.map((r) => r.id).sort()).toEqual(shipped.map((e) => shippedReferenceId(e.kind, e.key, e.version)).sort());
    expect(stored.every((r) => r.data.shipped === true)).toBe(true);

    await createAccount(server.db, 'newtech', 'technician');
    const { token } = await loginHttp(server.url, 'newtech');
    const pulled = [...(await pullAll(server.url, token, 'reference')).values()] as (ReferenceDoc & WireDoc)[];
    expect(pulled).toHaveLength(shipped.length);
    expect(inForce(pulled, 'sla-policy')?.slaPolicy?.targets['1']).toEqual({ responseMinutes: 30, resolutionMinutes: 240 });
  });

  it('is loaded once: a restart stores nothing again', async () => {
    server = await startTestServer({ demo: false });
    const before = await storedReference(server.db);
    server = await server.restart();
    expect(await storedReference(server.db)).toEqual(before);
  });

  it('in a new version reaches an item the county left alone, never one it changed or deleted; a new item is loaded', async () => {
    const files = copyOfShippedReference();
    folders.push(files.dir);
    server = await startTestServer({ settings: { referenceDir: files.dir } });
    const boss = await loginHttp(server.url, 'super01');
    // The county saves its own tag format, and deletes the shipped "Other" category.
    const [tagFormat] = (await storedReference(server.db)).filter((r) => r.data.kind === 'tag-format').map((r) => r.data);
    const ours = { ...newSlaPolicyVersion(boss.user.id), kind: 'tag-format', key: 'county', name: 'Our tags', slaPolicy: undefined, tagFormat: { ...tagFormat?.tagFormat, pattern: 'CTY-[0-9]{7}|OLD-[0-9]{4}' } };
    expect(await push(boss.token, [JSON.parse(JSON.stringify(ours))])).toEqual({ status: 200, body: [] });
    const other = (await storedReference(server.db)).find((r) => r.data.kind === 'work-order-category' && r.data.key === 'other');
    expect(await http(server.url, '/sync/reference/push', { token: boss.token, body: [{ assumedMasterState: { ...other?.data, _deleted: false }, newDocumentState: { ...other?.data, updatedAt: new Date().toISOString(), _deleted: true } }] })).toEqual({ status: 200, body: [] });

    // The next release ships version 2 of all three, and a new checklist.
    const bump = <T extends { version: number }>(entries: T[]) => entries.map((e) => ({ ...e, version: 2 }));
    files.edit('sla-policy.json', (entries) => entries.map((e) => ({ ...e, version: 2, slaPolicy: { ...e.slaPolicy!, warnAt: 0.8 } })));
    files.edit('tag-format.json', bump);
    files.edit('work-order-categories.json', bump);
    files.edit('checklist-templates.json', (entries) => [...entries, { ...entries[0]!, key: 'laptop-hand-over', name: 'Hand over a laptop' }]);
    server = await server.restart({ referenceDir: files.dir });

    const docs = (await storedReference(server.db)).map((r) => ({ ...r.data, _deleted: r.deleted }));
    expect(inForce(docs, 'sla-policy')).toMatchObject({ version: 2, shipped: true, slaPolicy: { warnAt: 0.8 } });
    expect(inForce(docs, 'tag-format')).toMatchObject({ id: ours.id, name: 'Our tags' });
    expect(inForce(docs, 'work-order-category', 'other')).toBeUndefined();
    expect(inForce(docs, 'work-order-category', 'network')).toMatchObject({ version: 2, shipped: true });
    expect(inForce(docs, 'checklist-template', 'laptop-hand-over')).toMatchObject({ version: 1, shipped: true });
  });

  it('in a file the county broke stops the start, naming the file, the entry and the field', async () => {
    const files = copyOfShippedReference();
    folders.push(files.dir);
    files.edit('sla-policy.json', (entries) => entries.map((e) => ({ ...e, slaPolicy: { ...e.slaPolicy!, warnAt: 75 } })));
    await expect(startTestServer({ demo: false, settings: { referenceDir: files.dir } })).rejects.toThrow(/sla-policy\.json: entry 1, slaPolicy\.warnAt: /);
    // `npm run server` says so in one line and exits, without a stack trace.
    const dataDir = mkdtempSync(join(tmpdir(), 'fd-broken-'));
    folders.push(dataDir);
    await expect(spawnServer({ dataDir, demo: false, env: { REFERENCE_DIR: files.dir } })).rejects.toThrow(/sla-policy\.json: entry 1, slaPolicy\.warnAt: [^\n]*\n?$/);
  }, 120_000);
});
