import type { RxCollection } from 'rxdb';
import { isCollectionName } from '@shared/schema/collections';
import { localCollection, type FieldDeskDatabase } from '../../db/database';
import type { EditConflict } from '../../db/edit-conflicts.schema';
import { PlainWordsError } from '../../ui/plain-error';
import { mayReapply } from './overridden-words';

/** Puts the user's overridden value back, as a new edit that syncs like any other. */
export async function reapplyEdit(db: FieldDeskDatabase, conflict: EditConflict, me: string): Promise<void> {
  if (!mayReapply(conflict) || !isCollectionName(conflict.collectionName)) throw new PlainWordsError('This edit cannot be re-applied.');
  const collection = localCollection(db, conflict.collectionName) as unknown as RxCollection<Record<string, unknown>>;
  const doc = await collection.findOne(conflict.docId).exec();
  if (!doc) throw new PlainWordsError('That record is no longer on this device.');
  const value = JSON.parse(conflict.mine) as unknown;
  await doc.incrementalModify((data) => {
    if (value === null) delete data[conflict.field];
    else data[conflict.field] = value;
    data.updatedAt = new Date().toISOString();
    data.updatedBy = me;
    return data;
  });
  await setState(db, conflict, 'reapplied');
}

/** Takes the entry off the list; the synced timeline still holds the value. */
export async function dismissConflict(db: FieldDeskDatabase, conflict: EditConflict): Promise<void> {
  await setState(db, conflict, 'dismissed');
}

async function setState(db: FieldDeskDatabase, conflict: EditConflict, state: EditConflict['state']): Promise<void> {
  await db.edit_conflicts.findOne(conflict.id).incrementalPatch({ state });
}
