import type { AssetEvent } from '../../schema/asset-event.schema';
import { normaliseTag } from '../asset-tag';

/**
 * Unknown tags captured on sweeps, merged by tag key (DECISIONS #12): two technicians capturing
 * one label offline make two append-only events, never a conflict, and a supervisor approves one
 * asset from both. A key is pending until an asset holds it (the approval made it). A key whose
 * captures all chose "later" is in the technicians' queue: its details are still to be filled in.
 */
export type UnknownTag = {
  key: string;
  /** The tag as first scanned. */
  tag: string;
  captures: AssetEvent[];
  /** The latest capture with details, if any (its kind, make, model, serial number). */
  details?: AssetEvent;
  later: boolean;
  pending: boolean;
};

export function unknownTags(events: Iterable<AssetEvent & { _deleted?: boolean }>, assetHoldsKey: (key: string) => boolean): UnknownTag[] {
  const byKey = new Map<string, AssetEvent[]>();
  for (const e of events) {
    if (e.kind !== 'unknown-tag' || e._deleted) continue;
    const key = normaliseTag(e.tag);
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  }
  return [...byKey].map(([key, captures]) => {
    captures.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    const details = captures.filter((c) => c.capture && !c.capture.later).at(-1);
    return { key, tag: (captures[0] as AssetEvent).tag, captures, details, later: !details, pending: !assetHoldsKey(key) };
  }).sort((a, b) => a.key.localeCompare(b.key));
}
