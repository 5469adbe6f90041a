import { v5 as uuidv5 } from 'uuid';
import type { RxCollection } from 'rxdb';
import { isCollectionName } from '@shared/schema/collections';
import { localCollection, outboxOf, type FieldDeskDatabase } from '../../db/database';
import type { EditConflict } from '../../db/bookkeeping';
import { PlainWordsError } from '../../ui/plain-error';
import { mayReapply } from './overridden-words';
import { fieldName } from './field-words';

/** Namespace of the decision entries' ids: deciding twice on one entry writes one timeline entry. */
const namespace = '6d3c2f0e-8a41-4b9e-b1f7-2e5a9c7d4f31';

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
  await decide(db, conflict, 'reapplied', me);
}

/** Takes the entry off the list, on every device of the user's; the synced timeline still holds the value. */
export async function dismissConflict(db: FieldDeskDatabase, conflict: EditConflict, me: string): Promise<void> {
  await decide(db, conflict, 'dismissed', me);
}

/**
 * Records the decision here and, for an overridden edit kept on a timeline (its entry has the
 * conflict's id), as a `lost-edit-dismissed` entry beside it, which the user's other devices read
 * (lost-edits.ts). A refused change is listed only on the device that made it: nothing to sync.
 */
async function decide(db: FieldDeskDatabase, conflict: EditConflict, state: 'reapplied' | 'dismissed', me: string): Promise<void> {
  await outboxOf(db).decide(conflict.id, state);
  if (conflict.kind !== 'overridden') return;
  const id = uuidv5(`decided|${conflict.id}`, namespace);
  const at = new Date().toISOString();
  const field = fieldName(conflict.field);
  const text = state === 'reapplied' ? `Put back my edit of ${field} that a later change had overridden.` : `Kept the later change to ${field}; my overridden edit is dismissed.`;
  const author = { authorId: me, authorName: (await db.users?.findOne(me).exec())?.name ?? '' };
  if (conflict.collectionName === 'work-orders' && db.work_order_notes && (await db.work_order_notes.findOne(conflict.id).exec())) {
    if (await db.work_order_notes.findOne(id).exec()) return;
    await db.work_order_notes.insert({ id, workOrderId: conflict.docId, ...author, kind: 'lost-edit-dismissed', text, dismisses: conflict.id, createdAt: at, updatedAt: at });
  }
  const lost = conflict.collectionName === 'assets' ? await db.asset_events?.findOne(conflict.id).exec() : null;
  if (lost && !(await db.asset_events.findOne(id).exec())) {
    const { tag, siteId, building, room } = lost;
    await db.asset_events.insert({ id, assetId: conflict.docId, tag, siteId, building, room, ...author, kind: 'lost-edit-dismissed', note: text, dismisses: conflict.id, createdAt: at, updatedAt: at });
  }
}
