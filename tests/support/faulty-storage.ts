import type { RxStorage, RxStorageInstance, RxStorageInstanceCreationParams } from 'rxdb';

type AnyInstance = RxStorageInstance<unknown, unknown, unknown>;

/**
 * An RxDB storage standing in for a laptop whose app is killed while it stores: the `dieOnWrite`th
 * write to `collection` stores the first half of its rows and throws, and from then on nothing
 * else is written anywhere (the process is gone). What was stored before stays, as it would on disk.
 */
export function dyingStorage<I, O>(base: RxStorage<I, O>, options: { collection: string; dieOnWrite: number }) {
  let writes = 0;
  let dead = false;
  let died: () => void = () => undefined;
  const diedPromise = new Promise<void>((resolve) => (died = resolve));
  const killed = () => new Error('the app was killed while storing');

  const wrap = (instance: AnyInstance): AnyInstance => {
    const bulkWrite = instance.bulkWrite.bind(instance);
    instance.bulkWrite = async (rows, context) => {
      if (dead) throw killed();
      if (instance.collectionName !== options.collection || ++writes < options.dieOnWrite) return bulkWrite(rows, context);
      dead = true;
      await bulkWrite(rows.slice(0, Math.floor(rows.length / 2)), context);
      died();
      throw killed();
    };
    return instance;
  };

  const storage: RxStorage<I, O> = {
    name: base.name,
    rxdbVersion: base.rxdbVersion,
    async createStorageInstance<D>(params: RxStorageInstanceCreationParams<D, O>) {
      return wrap((await base.createStorageInstance(params)) as AnyInstance) as RxStorageInstance<D, I, O>;
    },
  };
  return { storage, died: diedPromise };
}

/**
 * An RxDB storage on a disk that can fill up: while full, every write fails as IndexedDB's does
 * (a QuotaExceededError) and stores nothing; reads still work.
 */
export function fullDiskStorage<I, O>(base: RxStorage<I, O>) {
  let full = false;
  const wrap = (instance: AnyInstance): AnyInstance => {
    const bulkWrite = instance.bulkWrite.bind(instance);
    instance.bulkWrite = async (rows, context) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return bulkWrite(rows, context);
    };
    return instance;
  };
  const storage: RxStorage<I, O> = {
    name: base.name,
    rxdbVersion: base.rxdbVersion,
    async createStorageInstance<D>(params: RxStorageInstanceCreationParams<D, O>) {
      return wrap((await base.createStorageInstance(params)) as AnyInstance) as RxStorageInstance<D, I, O>;
    },
  };
  return {
    storage,
    setFull(next: boolean) {
      full = next;
    },
  };
}
