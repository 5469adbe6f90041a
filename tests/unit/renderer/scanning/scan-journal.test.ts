import { describe, expect, it } from 'vitest';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import { scanJournal, type JournalStorage } from '../../../../src-renderer/features/inventory/scan-journal';

const memory = (): JournalStorage & { held: Map<string, string> } => {
  const held = new Map<string, string>();
  return { held, getItem: (k) => held.get(k) ?? null, setItem: (k, v) => void held.set(k, v), removeItem: (k) => void held.delete(k) };
};
const event = (id: string) => ({ id, kind: 'verified', assetId: `asset-${id}`, tag: `CTY-000000${id}` }) as unknown as AssetEvent;

/** A local database as far as the journal sees it. */
function database(stored: string[] = []) {
  const events = new Set(stored);
  const patches: [string, unknown][] = [];
  return {
    events,
    patches,
    hasEvent: async (id: string) => events.has(id),
    insertEvent: async (e: AssetEvent) => void events.add(e.id),
    patchAsset: async (id: string, patch: unknown) => void patches.push([id, patch]),
  };
}

describe('the journal of scans answered but not yet stored', () => {
  it('brings back, after a reload, the scans whose writes never ran, with their asset fields', async () => {
    const storage = memory();
    const before = scanJournal(storage, 'tech01');
    before.keep({ event: event('1'), asset: { id: 'asset-1', patch: { lastVerifiedAt: '2027-01-05T10:00:00.000Z' } } });
    before.keep({ event: event('2') });
    before.drop('2'); // stored before the reload

    const db = database();
    expect(await scanJournal(storage, 'tech01').replay(db)).toBe(1);
    expect([...db.events]).toEqual(['1']);
    expect(db.patches).toEqual([['asset-1', { lastVerifiedAt: '2027-01-05T10:00:00.000Z' }]]);
    expect(storage.held.size).toBe(0);
  });

  it('does not store twice a scan the database already holds', async () => {
    const storage = memory();
    scanJournal(storage, 'tech01').keep({ event: event('1'), asset: { id: 'asset-1', patch: {} } });
    const db = database(['1']);
    expect(await scanJournal(storage, 'tech01').replay(db)).toBe(0);
    expect(db.patches).toEqual([]);
  });

  it("keeps each user's scans apart, as their databases are", async () => {
    const storage = memory();
    scanJournal(storage, 'tech01').keep({ event: event('1') });
    expect(await scanJournal(storage, 'tech02').replay(database())).toBe(0);
    expect(await scanJournal(storage, 'tech01').replay(database())).toBe(1);
  });

  it('reads a damaged journal as empty rather than failing the sweep screen', async () => {
    const storage = memory();
    storage.setItem('fielddesk-scan-journal-tech01', '{not json');
    expect(await scanJournal(storage, 'tech01').replay(database())).toBe(0);
  });
});
