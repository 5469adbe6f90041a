import type { CollectionName } from '../schema/collections';

/**
 * The version of each collection's read rule. Raise it when a rule narrows who may read what (a
 * rule change causes no write, so no pull would carry the exits): every device holding an older
 * version re-pulls that collection from the start and drops what it no longer receives.
 */
export const viewVersions: Record<CollectionName, number> = {
  sites: 1,
  users: 1,
  'work-orders': 1,
  'work-order-notes': 1,
  assets: 1,
  'asset-events': 1,
  'ergonomic-assessments': 1,
  // Follows its owners' rules: raise it with any of theirs.
  attachments: 1,
  reference: 1,
  inventory: 1,
};

/**
 * Collections whose documents a reader may see exactly when they may see the parent they name:
 * on a device they follow the parent into the view (fetched with it) and out of it (purged with it).
 */
export const childOf: Partial<Record<CollectionName, { parent: CollectionName; field: string }>> = {
  'work-order-notes': { parent: 'work-orders', field: 'workOrderId' },
};

/** The children collection of `parent`, if any. */
export function childrenOf(parent: CollectionName): { child: CollectionName; field: string } | undefined {
  for (const [child, link] of Object.entries(childOf)) {
    if (link?.parent === parent) return { child: child as CollectionName, field: link.field };
  }
  return undefined;
}

/** Most parents one catch-up request may name. */
export const maxCatchUpParents = 500;
