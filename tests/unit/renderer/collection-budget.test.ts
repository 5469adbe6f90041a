import { describe, expect, it } from 'vitest';
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { NON_PREMIUM_COLLECTION_LIMIT, OPEN_COLLECTIONS } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { collectionNames, collections } from '@shared/schema/collections';
import { openDatabase, removeDatabase } from '../../../src-renderer/db/database';

/**
 * Open-source RxDB refuses more than 13 open collections in one page, counted across every
 * database of the page (OPEN_COLLECTIONS). The app opens every synced collection; local
 * bookkeeping is in Dexie tables beside it and counts for nothing.
 */
describe('the collection budget', () => {
  it('the complete database, as the app opens it, holds at most 13 RxDB collections, none of them bookkeeping', async () => {
    expect(OPEN_COLLECTIONS.size).toBe(0);
    const db = await openDatabase('budget-test', { storage: getRxStorageMemory(), name: `budget-${Date.now()}`, bookkeeping: { indexedDB, IDBKeyRange } });
    try {
      const open = [...OPEN_COLLECTIONS].map((c) => c.name).sort();
      expect(open).toEqual(collectionNames.map((name) => collections[name].localName).sort());
      expect(open).toContain('reference');
      expect(open).toContain('attachments');
      expect(open.length).toBeLessThanOrEqual(13);
      // RxDB's own figure, in case a later RxDB changes it: the budget is set by the design, not by it.
      expect(NON_PREMIUM_COLLECTION_LIMIT).toBeGreaterThanOrEqual(13);
    } finally {
      await removeDatabase(db);
    }
    expect(OPEN_COLLECTIONS.size).toBe(0);
  });
});
