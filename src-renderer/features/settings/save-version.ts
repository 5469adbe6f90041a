import { v7 as uuidv7 } from 'uuid';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { nextVersion } from '@shared/domain/reference';
import type { SessionUser } from '@shared/sync/protocol';
import type { FieldDeskDatabase } from '../../db/database';

/**
 * Saves a change to a reference item as its next version, on this device first (it syncs like any
 * other write, offline too). The version it replaces stays: a work order opened under it can still
 * name it. The number is one past every version this device holds.
 */
export async function saveNewVersion(
  db: FieldDeskDatabase,
  current: ReferenceDoc,
  versions: readonly ReferenceDoc[],
  change: Pick<Partial<ReferenceDoc>, 'slaPolicy' | 'tagFormat' | 'workOrderSettings'>,
  author: SessionUser,
): Promise<ReferenceDoc> {
  // `shipped` is the server's to set, and a county version is not shipped.
  const { shipped: _shipped, createdBy: _createdBy, ...kept } = current;
  const at = new Date().toISOString();
  const doc: ReferenceDoc = { ...kept, ...change, id: uuidv7(), version: nextVersion(versions, current.kind, current.key), createdBy: author.id, createdAt: at, updatedAt: at };
  await db.reference.insert(doc);
  return doc;
}
