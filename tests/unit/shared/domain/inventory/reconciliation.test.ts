import { describe, expect, it } from 'vitest';
import { reconcile } from '@shared/domain/inventory/reconciliation';
import { assetScanOutcome } from '@shared/domain/inventory/scan-outcome';
import { readRoomLabel } from '@shared/domain/inventory/room-label';
import { unknownTags } from '@shared/domain/inventory/unknown-tags';
import type { AssetEvent } from '@shared/schema/asset-event.schema';

const expected = [
  { assetId: 'a1', building: 'Main', room: '101' },
  { assetId: 'a2', building: 'Main', room: '101' },
  { assetId: 'a3', building: 'Main', room: '102' },
  { assetId: 'a4', building: 'Annex', room: '201' },
  { assetId: 'a5', building: 'Annex', room: '201' },
];
let n = 0;
const ev = (kind: AssetEvent['kind'], assetId: string, room = '101', extra: Partial<AssetEvent> = {}): AssetEvent => ({
  id: `e${++n}`, assetId, tag: assetId.toUpperCase(), kind, siteId: 's1', building: room.startsWith('2') ? 'Annex' : 'Main', room,
  authorId: 't1', authorName: 'T', note: '', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z', ...extra,
});

describe('reconciliation of a sweep', () => {
  it.each([
    ['nothing scanned', [], { verified: 0, remaining: 5, percent: 0 }],
    ['two verified, one found in another room of the site', [ev('verified', 'a1'), ev('verified', 'a2'), ev('moved', 'a3', '101')], { verified: 3, movedIn: 0, remaining: 2, percent: 60 }],
    ['an asset from elsewhere', [ev('moved', 'x9', '102')], { verified: 0, movedIn: 1, remaining: 5 }],
    ['two technicians scanning the same asset: counted once', [ev('verified', 'a1', '101', { authorId: 't1' }), ev('verified', 'a1', '101', { authorId: 't2' })], { verified: 1, remaining: 4 }],
    ['missing marked at the finish, one found later anyway', [ev('missing', 'a4', '201'), ev('missing', 'a5', '201'), ev('verified', 'a5', '201')], { verified: 1, missing: 1, remaining: 3, percent: 40 }],
    ['unknown tags by key, two captures of one label', [ev('unknown-tag', '', '101', { tag: 'cty-9' }), ev('unknown-tag', '', '101', { tag: '*CTY-9*' }), ev('unknown-tag', '', '101', { tag: 'X-1' })], { unknown: 2 }],
    ['surplus, damage and an out-of-service asset found', [ev('verified', 'a1'), ev('surplus', 'a1'), ev('damaged', 'a2'), ev('found', 'z1')], { verified: 1, surplus: 1, damaged: 1, notInService: 1 }],
    ['a deleted scan does not count', [{ ...ev('verified', 'a1'), _deleted: true }], { verified: 0, remaining: 5 }],
  ] as const)('%s', (_, events, counts) => {
    expect(reconcile({ siteId: 's1', expected }, events as readonly AssetEvent[])).toMatchObject(counts);
  });

  it('an expected asset now registered at another site is moved out, not remaining', () => {
    const r = reconcile({ siteId: 's1', expected }, [], (id) => (id === 'a3' ? 's2' : 's1'));
    expect(r).toMatchObject({ movedOut: 1, remaining: 4, percent: 20 });
  });

  it('counts per room by the expected room, moved-in assets by the room they were scanned in', () => {
    const r = reconcile({ siteId: 's1', expected }, [ev('verified', 'a1'), ev('moved', 'x9', '201')]);
    expect(r.rooms).toEqual([
      { building: 'Annex', room: '201', expected: 2, verified: 0, movedIn: 1, remaining: 2 },
      { building: 'Main', room: '101', expected: 2, verified: 1, movedIn: 0, remaining: 1 },
      { building: 'Main', room: '102', expected: 1, verified: 0, movedIn: 0, remaining: 1 },
    ]);
  });
});

describe('what a scan of a known asset is', () => {
  const here = { siteId: 's1', building: 'Main', room: '101' };
  const asset = (over: Record<string, string> = {}) => ({ id: 'a1', tag: 'CTY-1', siteId: 's1', building: 'Main', room: '101', status: 'in-service' as const, ...over });
  it.each([
    ['in its room', asset(), new Set<string>(), 'verified'],
    ['in another room', asset({ room: '102' }), new Set<string>(), 'moved'],
    ['from another site', asset({ siteId: 's2' }), new Set<string>(), 'moved'],
    ['scanned before in this sweep', asset(), new Set(['a1']), 'already'],
    ['surplus in the register', asset({ status: 'surplus' }), new Set<string>(), 'not-in-service'],
    ['disposed in the register', asset({ status: 'disposed' }), new Set<string>(), 'not-in-service'],
  ] as const)('%s', (_, a, found, outcome) => {
    expect(assetScanOutcome(a as never, here, found).outcome).toBe(outcome);
  });
});

describe('room labels', () => {
  const site = { code: 'LIB-MAP', buildings: [{ name: 'Main', rooms: ['104', '2a'] }] };
  it.each([
    ['RM-LIB-MAP/MAIN/104', { label: 'room', building: 'Main', room: '104' }],
    ['*rm-lib-map/main/2A*', { label: 'room', building: 'Main', room: '2a' }],
    ['RM-SHF-CED/MAIN/104', { label: 'other-site', siteCode: 'SHF-CED' }],
    ['RM-LIB-MAP/ANNEX/1', { label: 'no-such-room', building: 'ANNEX', room: '1' }],
    ['CTY-0000001', null],
  ] as const)('%s', (raw, reading) => {
    expect(readRoomLabel(raw, site)).toEqual(reading);
  });
});

describe('unknown tags merged by tag key', () => {
  it('two captures of one label are one tag; its details are the latest capture with details; pending until an asset holds the key', () => {
    const later = ev('unknown-tag', '', '101', { tag: 'cty-7', capture: { later: true }, createdAt: '2026-12-01T10:00:00.000Z' });
    const detailed = ev('unknown-tag', '', '101', { tag: 'CTY-7', capture: { later: false, make: 'Dell' }, createdAt: '2026-12-01T10:05:00.000Z' });
    const other = ev('unknown-tag', '', '101', { tag: 'X-1', capture: { later: true } });
    const tags = unknownTags([detailed, later, other], (key) => key === 'X-1');
    expect(tags.map((t) => [t.key, t.captures.length, t.later, t.pending, t.details?.id])).toEqual([
      ['CTY-7', 2, false, true, detailed.id],
      ['X-1', 1, true, false, undefined],
    ]);
  });
});
