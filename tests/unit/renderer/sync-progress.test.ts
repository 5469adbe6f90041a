import { describe, expect, it } from 'vitest';
import { ApiError } from '@shared/api/api-error';
import { firstSyncOf, progressOf } from '../../../src-renderer/stores/sync-progress';
import { collectionState } from '../../../src-renderer/features/sync-status/collection-words';

describe('sync progress', () => {
  it.each([
    ['nothing announced yet', {}, {}, { done: 0, total: 0 }],
    ['half of one collection', { assets: 1000 }, { assets: 500 }, { done: 500, total: 1000 }],
    ['over several collections', { assets: 1000, sites: 40 }, { assets: 1000 }, { done: 1000, total: 1040 }],
    ['a checkpoint past an old head counts as done, not more', { assets: 10 }, { assets: 12 }, { done: 10, total: 10 }],
  ])('%s', (_, heads, reached, expected) => {
    expect(progressOf({ heads, reached })).toEqual(expected);
  });
});

describe('the first sync, in documents', () => {
  it.each([
    ['no first sync under way', { assets: 50_000 }, {}, null],
    ['the count not announced yet', {}, { assets: 0 }, null],
    ['the collection with the most still to come', { assets: 50_000, sites: 40 }, { assets: 12_400, sites: 10 }, { collection: 'assets', received: 12_400, count: 50_000 }],
    ['one that has everything is not shown', { assets: 50_000, sites: 40 }, { assets: 50_000, sites: 10 }, { collection: 'sites', received: 10, count: 40 }],
    ['more received than counted (changes meanwhile) counts as done', { sites: 40 }, { sites: 41 }, null],
  ])('%s', (_, counts, received, expected) => {
    expect(firstSyncOf({ counts, received })).toEqual(expected);
  });
});

describe('each collection in words', () => {
  const synced = { failures: {}, received: {}, counts: {}, reached: { assets: 9 }, heads: { assets: 9 }, syncedAt: { assets: '2026-12-07T10:00:00Z' } };
  const device = { waiting: 0, offline: false, serverUrl: 'https://fielddesk.example-county.gov' };
  it.each([
    ['up to date', synced, device, 'Up to date'],
    ['up to date when last reached', synced, { ...device, offline: true }, 'Up to date at the last sync'],
    ['never synced', { ...synced, syncedAt: {} }, device, 'Not synced yet'],
    ['first sync', { ...synced, received: { assets: 12_400 }, counts: { assets: 50_000 } }, device, 'Receiving: 12,400 of 50,000 assets'],
    ['behind the server', { ...synced, heads: { assets: 20 } }, device, 'Receiving changes'],
    ['changes to send', synced, { ...device, waiting: 2 }, '2 waiting to send'],
  ])('%s', (_, progress, on, expected) => {
    expect(collectionState('assets', progress, on)).toBe(expected);
  });

  it('says what failed in plain words, and what waits meanwhile', () => {
    const failures = { assets: new ApiError({ kind: 'offline', message: 'Failed to fetch' }) };
    const words = collectionState('assets', { ...synced, failures }, { ...device, waiting: 3 });
    expect(words).toMatch(/^3 waiting to send\. Not synced: Can't reach the server at https:\/\/fielddesk\.example-county\.gov/);
    expect(words).not.toContain('Failed to fetch');
  });
});
