import type { PendingChange } from '../db/bookkeeping';

/** The action stamps of an entry; one an earlier build marked stands for its last write. */
export const stampsOf = (entry: Pick<PendingChange, 'stamps' | 'updatedAt'>): string[] => entry.stamps ?? [entry.updatedAt];

export const withStamp = (stamps: readonly string[], stamp: string): string[] => (stamps.includes(stamp) ? [...stamps] : [...stamps, stamp]);

/**
 * The stamps still waiting once the server accepted the version an entry's base now holds: those
 * after it. The entry's own last write always stays (it is why the entry stays).
 */
export function stampsAfter(entry: Pick<PendingChange, 'stamps' | 'updatedAt'>, base: Record<string, unknown>): string[] {
  const accepted = typeof base.updatedAt === 'string' ? base.updatedAt : '';
  return withStamp(stampsOf(entry).filter((s) => s > accepted), entry.updatedAt);
}

/**
 * How many of the user's actions wait to be sent: one action (a status step with its timeline
 * entry, a scan that moves an asset) writes several documents with one device time, and one
 * document edited twice holds two actions.
 */
export function pendingActionCount(entries: Iterable<Pick<PendingChange, 'stamps' | 'updatedAt'>>): number {
  const actions = new Set<string>();
  for (const entry of entries) for (const stamp of stampsOf(entry)) actions.add(stamp);
  return actions.size;
}
