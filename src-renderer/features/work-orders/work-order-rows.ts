import type { RxCollection, RxDocument } from 'rxdb';
import type { Subscription } from 'rxjs';
import type { WorkOrder } from '@shared/schema/work-order.schema';

/** Every work order on this device, as plain rows, and whether the first answer has come. */
export type WorkOrderRows = { rows: readonly WorkOrder[]; loaded: boolean };

type Store = { snapshot: WorkOrderRows; listeners: Set<() => void>; subscription: Subscription | null };

const stores = new WeakMap<RxCollection<WorkOrder>, Store>();
// RxDB hands out the same document object until the document changes: each is copied once.
const plain = new WeakMap<object, WorkOrder>();
const toRow = (doc: RxDocument<WorkOrder>) => {
  let row = plain.get(doc);
  if (!row) plain.set(doc, (row = doc.toJSON() as WorkOrder));
  return row;
};

const everything = { selector: {} };

/**
 * One live query of every work order per database, shared by the list, the report and the
 * command palette, and kept while anything listens. Coming back to the list finds the rows
 * already in memory (a new query would read 10,000 documents from IndexedDB again); filters and
 * sorts then run in memory (./select-work-orders.ts).
 */
export function workOrderRowsStore(collection: RxCollection<WorkOrder>) {
  let store = stores.get(collection);
  if (!store) stores.set(collection, (store = { snapshot: { rows: [], loaded: false }, listeners: new Set(), subscription: null }));
  const s = store;
  return {
    getSnapshot: () => s.snapshot,
    subscribe(listener: () => void) {
      s.listeners.add(listener);
      s.subscription ??= collection.find(everything).$.subscribe((docs) => {
        s.snapshot = { rows: docs.map(toRow), loaded: true };
        for (const l of s.listeners) l();
      });
      return () => {
        s.listeners.delete(listener);
        if (s.listeners.size === 0) {
          s.subscription?.unsubscribe();
          s.subscription = null;
        }
      };
    },
  };
}
