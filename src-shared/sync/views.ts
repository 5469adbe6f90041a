import type { CollectionName } from '../schema/collections';
import { readsEveryAssessment, type Actor } from '../domain/access';

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
  // 2: only their assessor, safety officers and supervisors (#13); was everyone.
  'ergonomic-assessments': 2,
  // Follows its owners' rules: raise it with any of theirs.
  attachments: 2,
  reference: 1,
  inventory: 1,
};

/**
 * Collections whose read rule depends on what the reader was granted, not only on the documents:
 * a safety officer reads every assessment (and its photos), others only their own. Granting or
 * revoking changes no document, so no pull would carry the entries or exits; instead the reader's
 * access is part of the view.
 */
export const readerScoped: readonly CollectionName[] = ['ergonomic-assessments', 'attachments'];

/**
 * The view a pull answer names (`view`): the rule's version, and for a reader-scoped collection
 * also the reader's breadth (version * 10, plus 1 when they read every assessment). A device whose
 * checkpoint names another view pulls that collection again from the start and drops what it no
 * longer receives: its user just lost (or gained) the permission.
 */
export function viewOf(collection: CollectionName, reader: Actor): number {
  const version = viewVersions[collection];
  if (!readerScoped.includes(collection)) return version;
  return version * 10 + (readsEveryAssessment(reader) ? 1 : 0);
}

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
