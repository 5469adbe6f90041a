import { useEffect, useMemo, useState } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { InventoryDoc } from '@shared/schema/inventory.schema';
import type { FieldDeskDatabase } from '../../db/database';

/** Every campaign and sweep on this device, live, without the sweeps' expected lists copied out. */
export function useInventory(): { campaigns: InventoryDoc[]; sweeps: InventoryDoc[]; loading: boolean } {
  const db = useRxDatabase() as FieldDeskDatabase;
  const [docs, setDocs] = useState<InventoryDoc[] | null>(null);
  useEffect(() => {
    const sub = db.inventory.find({ selector: {} }).$.subscribe((found) => setDocs(found.map((d) => d.toJSON() as InventoryDoc)));
    return () => sub.unsubscribe();
  }, [db]);
  // The same arrays until the collection changes: screens subscribe to queries built from them
  // (the campaign view's scans of its sweeps), and a new array at every render re-subscribed at
  // every render, whose first answer rendered again: the campaign view never stopped rendering.
  return useMemo(() => {
    const all = docs ?? [];
    return {
      campaigns: all.filter((d) => d.kind === 'campaign').sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)),
      sweeps: all.filter((d) => d.kind === 'sweep').sort((a, b) => a.name.localeCompare(b.name)),
      loading: docs === null,
    };
  }, [docs]);
}
