/**
 * Asks the browser to keep FieldDesk's data under storage pressure: by default a site's storage is
 * "best effort" and may be evicted, pending changes with it. Resolves whether it is persistent;
 * a browser that refuses (or has no Storage API) leaves things as they were.
 */
export async function askForPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
