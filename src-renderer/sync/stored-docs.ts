import type { RxCollection } from 'rxdb';
import type { WireDoc } from '@shared/sync/protocol';
import type { StoredDoc } from '../db/pending-changes';
import { SyncWriteError } from './storage-trouble';

/** The write context of sync's own writes: they bypass collection hooks, so nothing is marked pending. */
const syncWrite = 'fielddesk-sync';

export async function readStored(collection: RxCollection<WireDoc>, ids: string[]): Promise<Map<string, StoredDoc>> {
  const docs = (await collection.storageInstance.findDocumentsById(ids, true)) as StoredDoc[];
  return new Map(docs.map((d) => [d.id as string, d]));
}

/**
 * Writes document states straight to storage, each over the version it was derived from
 * (`previous`, none for a document new here). A row whose document changed in between is not
 * written: it comes back in `raced`, with the version now stored, for the caller to look at again.
 */
export async function writeStates(collection: RxCollection<WireDoc>, rows: { previous?: StoredDoc; state: WireDoc }[]): Promise<Map<string, StoredDoc>> {
  const raced = new Map<string, StoredDoc>();
  if (rows.length === 0) return raced;
  const result = await collection.storageInstance
    .bulkWrite(
      rows.map(({ previous, state }) => ({ previous, document: { ...state, _attachments: {}, _meta: { lwt: 0 }, _rev: '' } as StoredDoc })),
      syncWrite,
    )
    .catch((cause: unknown) => {
      // The browser refused the whole write (a full disk, a broken database): nothing of it is stored.
      throw new SyncWriteError(`Could not store ${rows.length} ${collection.name}.`, { cause });
    });
  for (const error of result.error) {
    if (error.status !== 409 || !error.documentInDb) {
      throw new SyncWriteError(`Could not store ${collection.name} ${error.documentId} (status ${error.status}).`, { cause: error });
    }
    raced.set(error.documentId, error.documentInDb as StoredDoc);
  }
  return raced;
}
