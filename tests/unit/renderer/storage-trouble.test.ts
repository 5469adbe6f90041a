import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@shared/api/api-error';
import { storageTroubleOf, useStorageHealth } from '../../../src-renderer/stores/storage-health';
import { SyncWriteError, noteStorageHealthy, noteStorageTrouble, storageTroubleIn } from '../../../src-renderer/sync/storage-trouble';
import { askForPersistentStorage } from '../../../src-renderer/host/persistent-storage';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('what a failed sync run says about local storage', () => {
  it.each([
    ["the browser's QuotaExceededError", quota(), 'full'],
    ['Dexie aborting a transaction the quota refused', new Dexie.AbortError('Transaction aborted', quota()), 'full'],
    ["Dexie's own QuotaExceededError", new Dexie.QuotaExceededError('full'), 'full'],
    ['a refused write of pulled documents, for lack of space', new SyncWriteError('Could not store 500 assets.', { cause: new Dexie.AbortError('aborted', quota()) }), 'full'],
    ['an RxDB error carrying the quota error', Object.assign(new Error('RxError'), { parameters: { error: quota() } }), 'full'],
    ['the legacy quota code', Object.assign(new Error('full'), { code: 22 }), 'full'],
    ['any other refused write of pulled documents', new SyncWriteError('Could not store assets x (status 500).'), 'failing'],
    ['the network', new ApiError({ kind: 'offline', message: 'The server cannot be reached.' }), null],
    ['a bug', new TypeError('x is undefined'), null],
    ['not an error at all', 'boom', null],
  ])('%s', (_, error, expected) => {
    expect(storageTroubleIn(error)).toBe(expected);
  });
});

describe('storage health, as the sync indicator reads it', () => {
  it('lasts until the collection that reported it stores again, a full disk shown first', () => {
    expect(noteStorageTrouble('assets', new SyncWriteError('Could not store assets x (status 500).'))).toBe(true);
    expect(noteStorageTrouble('work-orders', quota())).toBe(true);
    expect(noteStorageTrouble('sites', new ApiError({ kind: 'offline', message: 'The server cannot be reached.' }))).toBe(false);
    expect(storageTroubleOf(useStorageHealth.getState())).toBe('full');
    noteStorageHealthy('sites');
    expect(storageTroubleOf(useStorageHealth.getState())).toBe('full');
    noteStorageHealthy('work-orders');
    expect(storageTroubleOf(useStorageHealth.getState())).toBe('failing');
    noteStorageHealthy('assets');
    expect(storageTroubleOf(useStorageHealth.getState())).toBeNull();
  });
});

describe('asking the browser to keep our storage', () => {
  it('asks once when the storage is not yet persistent, and not when it already is', async () => {
    const fresh = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await askForPersistentStorage(fresh)).toBe(true);
    expect(fresh.persist).toHaveBeenCalledTimes(1);
    const kept = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    expect(await askForPersistentStorage(kept)).toBe(true);
    expect(kept.persist).not.toHaveBeenCalled();
  });

  it('carries on when the browser refuses, fails, or has no Storage API', async () => {
    expect(await askForPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(false);
    expect(await askForPersistentStorage({ persisted: async () => Promise.reject(new Error('denied')), persist: async () => true })).toBe(false);
    expect(await askForPersistentStorage(undefined)).toBe(false);
  });
});
