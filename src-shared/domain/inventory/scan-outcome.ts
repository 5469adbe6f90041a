import type { Asset } from '../../schema/asset.schema';
import type { AssetEvent, ScanMethodName } from '../../schema/asset-event.schema';
import { outOfServiceStatuses } from './expected';

/** Where the technician is: the sweep's site and the room they set (picked, or by its label). */
export type SweepPlace = { siteId: string; building: string; room: string };

export type ScannedAsset = Pick<Asset, 'id' | 'tag' | 'siteId' | 'building' | 'room' | 'status'>;

/**
 * What one scan of an identified asset is (issue 12, "Every scan answers at once"):
 *
 * | the asset ...                                        | outcome          | recorded                          |
 * |------------------------------------------------------|------------------|-----------------------------------|
 * | was found already in this sweep (by anyone)          | already          | nothing: it is not counted again  |
 * | is surplus or disposed in the register               | not-in-service   | a `found` event (flagged)         |
 * | is registered in this very room                      | verified         | `verified`; last verified         |
 * | is registered elsewhere (another room or site)       | moved            | `moved` from/to; location, verified |
 */
export type AssetScanOutcome =
  | { outcome: 'already'; asset: ScannedAsset }
  | { outcome: 'not-in-service'; asset: ScannedAsset }
  | { outcome: 'verified'; asset: ScannedAsset }
  | { outcome: 'moved'; asset: ScannedAsset; from: SweepPlace };

export function assetScanOutcome(asset: ScannedAsset, place: SweepPlace, foundIds: { has(id: string): boolean }): AssetScanOutcome {
  if (foundIds.has(asset.id)) return { outcome: 'already', asset };
  if (outOfServiceStatuses.includes(asset.status)) return { outcome: 'not-in-service', asset };
  const here = asset.siteId === place.siteId && asset.building === place.building && asset.room === place.room;
  if (here) return { outcome: 'verified', asset };
  return { outcome: 'moved', asset, from: { siteId: asset.siteId, building: asset.building, room: asset.room } };
}

/** Who, where and how a scan was made: what every event of a sweep carries. */
export type ScanStamp = { sweepId: string; place: SweepPlace; authorId: string; authorName: string; deviceId: string; method: ScanMethodName; at: string };

type NewEvent = Omit<AssetEvent, 'id'>;

const stamped = (stamp: ScanStamp, fields: Pick<AssetEvent, 'assetId' | 'tag' | 'kind'> & Partial<AssetEvent>): NewEvent => ({
  note: '',
  ...fields,
  siteId: stamp.place.siteId,
  building: stamp.place.building,
  room: stamp.place.room,
  sweepId: stamp.sweepId,
  authorId: stamp.authorId,
  authorName: stamp.authorName,
  deviceId: stamp.deviceId,
  method: stamp.method,
  createdAt: stamp.at,
  updatedAt: stamp.at,
});

/** The asset event a scan's outcome records (none for `already`), and the asset's new fields. */
export function recordOfScan(result: AssetScanOutcome, stamp: ScanStamp): { event: NewEvent; asset?: Partial<Asset> } | null {
  const { asset } = result;
  const verified = { lastVerifiedAt: stamp.at, lastVerifiedBy: stamp.authorId, updatedAt: stamp.at, updatedBy: stamp.authorId };
  switch (result.outcome) {
    case 'already':
      return null;
    case 'not-in-service':
      return { event: stamped(stamp, { assetId: asset.id, tag: asset.tag, kind: 'found', note: `Found while ${asset.status}.` }) };
    case 'verified':
      return { event: stamped(stamp, { assetId: asset.id, tag: asset.tag, kind: 'verified' }), asset: verified };
    case 'moved':
      return {
        event: stamped(stamp, { assetId: asset.id, tag: asset.tag, kind: 'moved', from: result.from }),
        asset: { ...verified, siteId: stamp.place.siteId, building: stamp.place.building, room: stamp.place.room },
      };
  }
}

/** The `missing` event of an expected asset not found when the sweep is finished. */
export function missingRecord(asset: Pick<Asset, 'id' | 'tag'>, stamp: ScanStamp): NewEvent {
  return stamped(stamp, { assetId: asset.id, tag: asset.tag, kind: 'missing', note: 'Not found when the sweep was finished.' });
}
