import { useEffect, useMemo, useRef, useState } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import type { InventoryDoc } from '@shared/schema/inventory.schema';
import type { Site } from '@shared/schema/site.schema';
import { reconcile, type Reconciliation } from '@shared/domain/inventory/reconciliation';
import type { FieldDeskDatabase } from '../../db/database';

export type SweepData = {
  loading: boolean;
  sweep: InventoryDoc | null;
  site: Site | null;
  /** The expected assets and every asset found in the sweep, as this device holds them, by id. */
  assets: ReadonlyMap<string, Asset>;
  events: readonly AssetEvent[];
  reconciliation: Reconciliation | null;
};

const emptyMap = new Map<string, Asset>();

/**
 * A sweep, its site, its expected assets and every scan of it (anyone's, as synced), live. The
 * expected assets are read once by id (a bulk primary-key read: 3,000 in well under a second);
 * assets found that were not expected are read as their scans arrive.
 */
export function useSweep(sweepId: string): SweepData {
  const db = useRxDatabase() as FieldDeskDatabase;
  const [sweep, setSweep] = useState<InventoryDoc | null | undefined>(undefined);
  const [site, setSite] = useState<Site | null>(null);
  const [assets, setAssets] = useState<ReadonlyMap<string, Asset> | undefined>(undefined);
  const [events, setEvents] = useState<readonly AssetEvent[] | undefined>(undefined);

  useEffect(() => {
    const sub = db.inventory.findOne(sweepId).$.subscribe((doc) => setSweep(doc ? (doc.toJSON() as InventoryDoc) : null));
    const evSub = db.asset_events.find({ selector: { sweepId } }).$.subscribe((docs) => setEvents(docs.map((d) => d.toJSON() as AssetEvent)));
    return () => {
      sub.unsubscribe();
      evSub.unsubscribe();
    };
  }, [db, sweepId]);

  const siteId = sweep?.siteId;
  useEffect(() => {
    if (!siteId) return;
    const sub = db.sites.findOne(siteId).$.subscribe((doc) => setSite(doc ? (doc.toJSON() as Site) : null));
    return () => sub.unsubscribe();
  }, [db, siteId]);

  // The assets to show: the expected ones, read once by id, then any other one a scan names, read
  // as its scan arrives; kept current by the asset collection's changes (a scan's own patch too).
  const wantedRef = useRef(new Set<string>());
  const expectedIds = sweep?.expected;
  useEffect(() => {
    if (sweep === undefined) return;
    let cancelled = false;
    wantedRef.current = new Set((expectedIds ?? []).map((e) => e.assetId));
    void db.assets.findByIds([...wantedRef.current]).exec().then((found) => {
      if (!cancelled) setAssets(new Map([...found].map(([id, doc]) => [id, doc.toJSON() as Asset])));
    });
    const sub = db.assets.$.subscribe((change) => {
      if (!wantedRef.current.has(change.documentId)) return;
      setAssets((held) => {
        const next = new Map(held ?? []);
        if (change.operation === 'DELETE') next.delete(change.documentId);
        else next.set(change.documentId, change.documentData as unknown as Asset);
        return next;
      });
    });
    return () => {
      cancelled = true;
      sub.unsubscribe();
    };
  }, [db, expectedIds, sweep === undefined]);

  useEffect(() => {
    if (!assets || !events) return;
    const unread = [...new Set(events.map((e) => e.assetId))].filter((a) => a && !wantedRef.current.has(a));
    if (unread.length === 0) return;
    for (const a of unread) wantedRef.current.add(a);
    void db.assets.findByIds(unread).exec().then((found) => {
      if (found.size === 0) return;
      setAssets((held) => new Map([...(held ?? []), ...[...found].map(([id, doc]) => [id, doc.toJSON() as Asset] as const)]));
    });
  }, [db, assets, events]);

  const reconciliation = useMemo(() => {
    if (!sweep || !events) return null;
    const held = assets ?? emptyMap;
    return reconcile({ siteId: sweep.siteId ?? '', expected: sweep.expected ?? [] }, events, (id) => held.get(id)?.siteId);
  }, [sweep, events, assets]);

  return {
    loading: sweep === undefined || events === undefined || (sweep !== null && assets === undefined),
    sweep: sweep ?? null,
    site,
    assets: assets ?? emptyMap,
    events: events ?? [],
    reconciliation,
  };
}
