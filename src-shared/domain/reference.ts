import { v5 as uuidv5 } from 'uuid';
import type { ReferenceKind } from '../schema/reference.schema';

/** The key of the county's single item of a kind (its SLA policy, its tag format). */
export const countyKey = 'county';

/** What a rule about versions needs to know of a reference document. */
export type Versioned = { id: string; kind: ReferenceKind; key: string; version: number; createdAt: string; _deleted?: boolean };

/**
 * Which of two versions of one item is later: the higher version; two devices that saved the same
 * version offline are ordered by when each was saved, then by id, so every device agrees.
 */
export function isLater(a: Versioned, b: Versioned): boolean {
  if (a.version !== b.version) return a.version > b.version;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt;
  return a.id > b.id;
}

/** The version in force of each item of `kind`, by key: the latest one not deleted. */
export function inForceByKey<T extends Versioned>(docs: Iterable<T>, kind: ReferenceKind): Map<string, T> {
  const current = new Map<string, T>();
  for (const doc of docs) {
    if (doc.kind !== kind || doc._deleted) continue;
    const held = current.get(doc.key);
    if (!held || isLater(doc, held)) current.set(doc.key, doc);
  }
  return current;
}

/** The version in force of one item, if there is any. */
export function inForce<T extends Versioned>(docs: Iterable<T>, kind: ReferenceKind, key = countyKey): T | undefined {
  return inForceByKey(docs, kind).get(key);
}

/** The version number a new version of the item gets: one past every version seen, deleted ones included. */
export function nextVersion(docs: Iterable<Versioned>, kind: ReferenceKind, key: string): number {
  let highest = 0;
  for (const doc of docs) if (doc.kind === kind && doc.key === key) highest = Math.max(highest, doc.version);
  return highest + 1;
}

/** Namespace of the ids of shipped versions (UUID v5): fixed, so every server derives the same id. */
const shippedNamespace = '4f1f6c1e-5d0b-4f63-9a55-2b7a0c6e9d41';

/** The fixed id of the shipped version `version` of an item. */
export function shippedReferenceId(kind: ReferenceKind, key: string, version: number): string {
  return uuidv5(`${kind}/${key}/${version}`, shippedNamespace);
}

/** A stored version, as the loader of shipped versions sees it. */
export type StoredVersion = { kind: ReferenceKind; key: string; version: number; shipped: boolean; deleted: boolean };
type Shippable = { kind: ReferenceKind; key: string; version: number };

/**
 * Which shipped versions a server loads at start (DECISIONS.md #9: any kind and version the
 * database lacks, never over what the county changed). Of each item only the highest shipped
 * version counts, and it is loaded when everything the database holds of that item is an earlier
 * shipped version, untouched: an item the county saved a version of, or deleted a version of, is
 * the county's, and stays as it is.
 */
export function shippedToLoad<T extends Shippable>(shipped: readonly T[], stored: readonly StoredVersion[]): T[] {
  const highest = new Map<string, T>();
  for (const item of shipped) {
    const id = `${item.kind}/${item.key}`;
    const held = highest.get(id);
    if (!held || item.version > held.version) highest.set(id, item);
  }
  return [...highest.values()].filter((item) =>
    stored.every((s) => s.kind !== item.kind || s.key !== item.key || (s.shipped && !s.deleted && s.version < item.version)),
  );
}
