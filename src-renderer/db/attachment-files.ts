import { Dexie, type EntityTable } from 'dexie';
import { Subject, type Observable } from 'rxjs';
import type { AttachmentMime } from '@shared/schema/attachment.schema';

/** Why the server would not take a file's bytes, kept to show the person who took it. */
export type UploadRefusal = { status: number; field: string; message: string };

/**
 * The bytes of one attachment on this device. `toUpload` is 1 until the server has them (a
 * number, as IndexedDB cannot index booleans); `refused` once the server said no for good.
 */
export type StoredFile = { id: string; mime: AttachmentMime; bytes: Uint8Array; toUpload: 0 | 1; storedAt: number; refused?: UploadRefusal };

/**
 * Where the device keeps attachment bytes: a plain Dexie (IndexedDB) table beside the RxDB
 * database, one per user as that database is. Not an RxDB collection: the bytes are local
 * bookkeeping (downloaded on demand, evicted when their metadata goes), and RxDB's limit of 13
 * collections is kept for synced data. Not RxDB attachments either: sync writes documents straight
 * to storage, which would drop them.
 */
export type AttachmentFiles = {
  get(id: string): Promise<StoredFile | undefined>;
  /** Which of `ids` have bytes here. */
  held(ids: readonly string[]): Promise<Set<string>>;
  /** Every id whose bytes here the server has too (downloaded, or taken here and sent). */
  sentIds(): Promise<string[]>;
  /** Keeps bytes taken on this device, to be uploaded. */
  keepNew(id: string, mime: AttachmentMime, bytes: Uint8Array): Promise<void>;
  /** Keeps bytes downloaded from the server. */
  keepDownloaded(id: string, mime: AttachmentMime, bytes: Uint8Array): Promise<void>;
  /** Files whose bytes the server does not have yet (and has not refused). */
  toUpload(): Promise<StoredFile[]>;
  markUploaded(id: string): Promise<void>;
  markRefused(id: string, refusal: UploadRefusal): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Emits the ids whose bytes were stored, changed or removed here. */
  changes$: Observable<string[]>;
  close(): void;
};

type FilesDb = Dexie & { files: EntityTable<StoredFile, 'id'> };

/** IndexedDB to use instead of the browser's (Node tests pass fake-indexeddb's). */
export type IndexedDbFactory = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

export function openAttachmentFiles(userId: string, options: { name?: string; indexedDb?: IndexedDbFactory } = {}): AttachmentFiles {
  const db = new Dexie(options.name ?? `fielddesk-${userId.toLowerCase()}-files`, options.indexedDb ?? {}) as FilesDb;
  db.version(1).stores({ files: 'id, toUpload' });
  const changes = new Subject<string[]>();
  const changed = (ids: readonly string[]) => {
    if (ids.length > 0) changes.next([...ids]);
  };
  const keep = async (file: StoredFile) => {
    await db.files.put(file);
    changed([file.id]);
  };
  return {
    get: (id) => db.files.get(id),
    async held(ids) {
      return new Set((await db.files.where('id').anyOf([...ids]).primaryKeys()) as string[]);
    },
    sentIds: async () => (await db.files.where('toUpload').equals(0).primaryKeys()) as string[],
    keepNew: (id, mime, bytes) => keep({ id, mime, bytes, toUpload: 1, storedAt: Date.now() }),
    async keepDownloaded(id, mime, bytes) {
      // Bytes taken here and not sent yet are never replaced by a download.
      if ((await db.files.get(id))?.toUpload === 1) return;
      await keep({ id, mime, bytes, toUpload: 0, storedAt: Date.now() });
    },
    toUpload: async () => (await db.files.where('toUpload').equals(1).toArray()).filter((f) => !f.refused),
    async markUploaded(id) {
      await db.files.update(id, { toUpload: 0 });
      changed([id]);
    },
    async markRefused(id, refused) {
      await db.files.update(id, { refused });
      changed([id]);
    },
    async remove(ids) {
      await db.files.bulkDelete([...ids]);
      changed(ids);
    },
    changes$: changes.asObservable(),
    close() {
      changes.complete();
      db.close();
    },
  };
}
