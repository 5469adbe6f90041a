import type { AssetEvent } from '../../schema/asset-event.schema';
import type { ExpectedAsset } from '../../schema/inventory.schema';
import { normaliseTag } from '../asset-tag';

/**
 * A sweep's standing, from its expected list and every scan of it, by whichever technician and
 * device (the scans are append-only asset events, so two technicians' offline scans simply add
 * up; nothing is counted twice because everything is counted per asset or per tag key):
 *
 * | an asset ...                                           | counts as                 |
 * |--------------------------------------------------------|---------------------------|
 * | expected, with a `verified` or `moved` scan            | verified (wherever found) |
 * | not expected, with a `verified` or `moved` scan         | moved in                  |
 * | with a `found` scan (a surplus or disposed asset)      | not in service            |
 * | expected, not found, with a `missing` event            | missing                   |
 * | expected, not found, now registered at another site    | moved out                 |
 * | expected and none of the above                         | remaining                 |
 * | an unknown tag, by tag key                             | unknown                   |
 * | with a `surplus` / `damaged` event                     | surplus / damaged         |
 *
 * Percent is the share of the expected assets accounted for (verified, moved out or missing),
 * rounded down, so 100 % means nothing is left to look for. Per room: by the room the expected
 * list names, and moved-in assets by the room they were scanned in.
 */
export type RoomKey = string;
export const roomKey = (building: string, room: string): RoomKey => `${building}\u0000${room}`;
export const roomOfKey = (key: RoomKey) => {
  const [building = '', room = ''] = key.split('\u0000');
  return { building, room };
};

export type RoomProgress = { building: string; room: string; expected: number; verified: number; movedIn: number; remaining: number };

export type Reconciliation = {
  expected: number;
  verified: number;
  movedIn: number;
  movedOut: number;
  missing: number;
  remaining: number;
  unknown: number;
  surplus: number;
  damaged: number;
  notInService: number;
  percent: number;
  /** Asset ids, for the lists and the report. */
  verifiedIds: ReadonlySet<string>;
  movedInIds: ReadonlySet<string>;
  movedOutIds: ReadonlySet<string>;
  missingIds: ReadonlySet<string>;
  remainingIds: readonly string[];
  notInServiceIds: ReadonlySet<string>;
  surplusIds: ReadonlySet<string>;
  damagedIds: ReadonlySet<string>;
  /** Tag keys of the unknown tags scanned. */
  unknownKeys: ReadonlySet<string>;
  rooms: RoomProgress[];
};

type ScanEvent = Pick<AssetEvent, 'assetId' | 'kind' | 'tag' | 'building' | 'room'> & { _deleted?: boolean };

/** Where each asset is registered now, for the moved-out rule: its site, or undefined when the device does not hold it. */
export type CurrentSite = (assetId: string) => string | undefined;

export function reconcile(sweep: { siteId: string; expected: readonly ExpectedAsset[] }, events: Iterable<ScanEvent>, currentSite: CurrentSite = () => undefined): Reconciliation {
  const found = new Map<string, { building: string; room: string }>();
  const missingMarked = new Set<string>();
  const notInServiceIds = new Set<string>();
  const surplusIds = new Set<string>();
  const damagedIds = new Set<string>();
  const unknownKeys = new Set<string>();
  for (const e of events) {
    if (e._deleted) continue;
    switch (e.kind) {
      case 'verified':
      case 'moved':
        if (!found.has(e.assetId)) found.set(e.assetId, { building: e.building, room: e.room });
        break;
      case 'found':
        notInServiceIds.add(e.assetId);
        break;
      case 'missing':
        missingMarked.add(e.assetId);
        break;
      case 'surplus':
        surplusIds.add(e.assetId);
        break;
      case 'damaged':
        damagedIds.add(e.assetId);
        break;
      case 'unknown-tag': {
        const key = normaliseTag(e.tag);
        if (key) unknownKeys.add(key);
        break;
      }
      default:
        break;
    }
  }
  const rooms = new Map<RoomKey, RoomProgress>();
  const roomOf = (building: string, room: string) => {
    const key = roomKey(building, room);
    let held = rooms.get(key);
    if (!held) rooms.set(key, (held = { building, room, expected: 0, verified: 0, movedIn: 0, remaining: 0 }));
    return held;
  };
  const expectedIds = new Set<string>();
  const verifiedIds = new Set<string>();
  const movedOutIds = new Set<string>();
  const missingIds = new Set<string>();
  const remainingIds: string[] = [];
  for (const item of sweep.expected) {
    if (expectedIds.has(item.assetId)) continue;
    expectedIds.add(item.assetId);
    const room = roomOf(item.building, item.room);
    room.expected += 1;
    if (found.has(item.assetId)) {
      verifiedIds.add(item.assetId);
      room.verified += 1;
    } else if (missingMarked.has(item.assetId)) {
      missingIds.add(item.assetId);
    } else {
      const site = currentSite(item.assetId);
      if (site !== undefined && site !== sweep.siteId) movedOutIds.add(item.assetId);
      else {
        remainingIds.push(item.assetId);
        room.remaining += 1;
      }
    }
  }
  const movedInIds = new Set<string>();
  for (const [assetId, where] of found) {
    if (expectedIds.has(assetId)) continue;
    movedInIds.add(assetId);
    roomOf(where.building, where.room).movedIn += 1;
  }
  const expected = expectedIds.size;
  const accounted = verifiedIds.size + movedOutIds.size + missingIds.size;
  return {
    expected,
    verified: verifiedIds.size,
    movedIn: movedInIds.size,
    movedOut: movedOutIds.size,
    missing: missingIds.size,
    remaining: remainingIds.length,
    unknown: unknownKeys.size,
    surplus: surplusIds.size,
    damaged: damagedIds.size,
    notInService: notInServiceIds.size,
    percent: expected === 0 ? 100 : Math.floor((accounted * 100) / expected),
    verifiedIds,
    movedInIds,
    movedOutIds,
    missingIds,
    remainingIds,
    notInServiceIds,
    surplusIds,
    damagedIds,
    unknownKeys,
    rooms: [...rooms.values()].sort((a, b) => a.building.localeCompare(b.building) || a.room.localeCompare(b.room, undefined, { numeric: true })),
  };
}
