import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';

/** A scan answered but perhaps not stored yet: its asset event, and the asset's new fields. */
export type JournalEntry = { event: AssetEvent; asset?: { id: string; patch: Partial<Asset> } };

/** Where the journal keeps its entries (the page's localStorage; a stand-in in unit tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What the journal needs of the local database to put a kept scan in. */
export type JournalTarget = {
  hasEvent(id: string): Promise<boolean>;
  insertEvent(event: AssetEvent): Promise<unknown>;
  patchAsset(id: string, patch: Partial<Asset>): Promise<unknown>;
};

/**
 * A scan's answer is on screen before its writes start (use-sweep-scanner.ts, `afterPaint`), and
 * IndexedDB writes take a few milliseconds more: a reload or crash inside that moment lost the
 * scan. The journal closes it: the scan is written to localStorage, synchronously, as it is
 * answered, and dropped once the database holds it; whatever a reload leaves there goes into the
 * database when the user's sweep screen opens again. Per user, as their databases are.
 */
export function scanJournal(storage: JournalStorage, userId: string) {
  const key = `fielddesk-scan-journal-${userId}`;
  const read = (): JournalEntry[] => {
    try {
      const held: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(held) ? (held as JournalEntry[]) : [];
    } catch {
      return [];
    }
  };
  const write = (entries: JournalEntry[]) => (entries.length ? storage.setItem(key, JSON.stringify(entries)) : storage.removeItem(key));
  const drop = (eventId: string) => write(read().filter((e) => e.event.id !== eventId));
  return {
    keep(entry: JournalEntry): void {
      write([...read(), entry]);
    },
    drop,
    /**
     * Puts every scan kept before the call that the database lacks into it, forgetting each once it
     * is there; returns how many went in. Scans kept meanwhile are the scanner's own to store.
     */
    async replay(target: JournalTarget): Promise<number> {
      let stored = 0;
      for (const entry of read()) {
        if (!(await target.hasEvent(entry.event.id))) {
          await target.insertEvent(entry.event);
          if (entry.asset) await target.patchAsset(entry.asset.id, entry.asset.patch);
          stored += 1;
        }
        drop(entry.event.id);
      }
      return stored;
    },
  };
}
