import type { MangoQuery, RxCollection, RxDocument } from 'rxdb';
import type { Subscription } from 'rxjs';

/** The rows of one query as plain objects, and whether the first answer has come. */
export type SharedRows<T> = { rows: readonly T[]; loaded: boolean };

type Store<T> = { snapshot: SharedRows<T>; listeners: Set<() => void>; subscription: Subscription | null };

const stores = new WeakMap<RxCollection, Map<string, Store<unknown>>>();
// RxDB hands out the same document object until the document changes: each is copied once.
const plain = new WeakMap<object, unknown>();
const toRow = <T>(doc: RxDocument<T>): T => {
  let row = plain.get(doc) as T | undefined;
  if (!row) plain.set(doc, (row = doc.toJSON() as T));
  return row;
};

/**
 * One live query per database and `key`, shared by every screen that shows it and kept while
 * anything listens (for `useSyncExternalStore`). A screen that mounts again finds the rows in
 * memory at its first render, instead of asking IndexedDB again and drawing twice; for the
 * work-order list, that is 10,000 documents not read again at each visit.
 */
export function sharedRows<T>(collection: RxCollection<T>, key: string, query: MangoQuery<T>) {
  let byKey = stores.get(collection as RxCollection);
  if (!byKey) stores.set(collection as RxCollection, (byKey = new Map()));
  let store = byKey.get(key) as Store<T> | undefined;
  if (!store) byKey.set(key, (store = { snapshot: { rows: [], loaded: false }, listeners: new Set(), subscription: null }));
  const s = store;
  return {
    getSnapshot: () => s.snapshot,
    subscribe(listener: () => void) {
      s.listeners.add(listener);
      s.subscription ??= collection.find(query).$.subscribe((docs) => {
        s.snapshot = { rows: docs.map((d) => toRow(d as RxDocument<T>)), loaded: true };
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
