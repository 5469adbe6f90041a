import type { CollectionName } from '@shared/schema/collections';
import type { useSyncProgress } from '../../stores/sync-progress';
import { failureSentence } from '../../ui/plain-error';

/** What each synced collection holds, in the words of the people who use it. */
export const collectionWords: Record<CollectionName, { title: string; plural: string }> = {
  sites: { title: 'Sites', plural: 'sites' },
  users: { title: 'People', plural: 'people' },
  'work-orders': { title: 'Work orders', plural: 'work orders' },
  'work-order-notes': { title: 'Work order timelines', plural: 'timeline entries' },
  assets: { title: 'Assets', plural: 'assets' },
  'asset-events': { title: 'Asset scans and changes', plural: 'scans and changes' },
  'ergonomic-assessments': { title: 'Ergonomic assessments', plural: 'assessments' },
  attachments: { title: 'Photos and signatures', plural: 'photos and signatures' },
  reference: { title: 'County settings and templates', plural: 'settings and templates' },
  inventory: { title: 'Inventory campaigns and sweeps', plural: 'campaigns and sweeps' },
};

/** "12,400 of 50,000 assets". */
export const receivedOf = (collection: CollectionName, received: number, count: number) =>
  `${received.toLocaleString()} of ${count.toLocaleString()} ${collectionWords[collection].plural}`;

type Progress = Pick<ReturnType<typeof useSyncProgress.getState>, 'failures' | 'received' | 'counts' | 'reached' | 'heads' | 'syncedAt'>;

/**
 * One collection's sync in words: what failed (and what waits meanwhile), what is coming, what
 * waits to go, or that all is done; `offline` while the server cannot be reached.
 */
export function collectionState(name: CollectionName, progress: Progress, device: { waiting: number; offline: boolean; serverUrl: string }): string {
  const waiting = device.waiting > 0 ? `${device.waiting.toLocaleString()} waiting to send` : '';
  if (name in progress.failures) return `${waiting ? `${waiting}. ` : ''}Not synced: ${failureSentence(progress.failures[name], { serverUrl: device.serverUrl })}`;
  if (waiting) return waiting;
  const received = progress.received[name];
  const count = progress.counts[name];
  if (received !== undefined && count !== undefined) return `Receiving: ${receivedOf(name, Math.min(received, count), count)}`;
  if ((progress.reached[name] ?? 0) < (progress.heads[name] ?? 0)) return 'Receiving changes';
  if (!progress.syncedAt[name]) return 'Not synced yet';
  return device.offline ? 'Up to date at the last sync' : 'Up to date';
}
