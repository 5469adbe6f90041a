import { filter, merge, mergeMap, type Observable, type Subscription } from 'rxjs';
import type { RxChangeEvent } from 'rxdb';
import type { CollectionName } from '@shared/schema/collections';
import type { WireDoc } from '@shared/sync/protocol';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import { localCollection, type FieldDeskDatabase } from '../db/database';
import { label, listOnce } from './edit-conflicts';

type Lost = { timelineId: string; name: CollectionName; docId: string; lostEdit: NonNullable<WorkOrderNote['lostEdit']> };

/**
 * Lists on this user's device the values of theirs that gave way to someone's later edit made on
 * another device. That device kept each one on the record's timeline, naming whose value it was;
 * the entry here takes the timeline entry's id, so seeing it twice lists it once.
 */
export function listLostEditsOfMine(db: FieldDeskDatabase, me: string): Subscription {
  const found: Observable<Lost>[] = [];
  if (db.work_order_notes) {
    found.push(inserted(db.work_order_notes.insert$, (n: WorkOrderNote) => n.lostEdit && { timelineId: n.id, name: 'work-orders', docId: n.workOrderId, lostEdit: n.lostEdit }));
  }
  if (db.asset_events) {
    found.push(inserted(db.asset_events.insert$, (e: AssetEvent) => e.lostEdit && { timelineId: e.id, name: 'assets', docId: e.assetId, lostEdit: e.lostEdit }));
  }
  return merge(...found)
    .pipe(filter((lost) => lost.lostEdit.setBy === me && lost.lostEdit.keptBy !== me))
    .subscribe((lost) => {
      list(db, lost).catch((error: unknown) => console.error('Could not list an overridden edit.', error));
    });
}

function inserted<T>(events: Observable<RxChangeEvent<T>>, pick: (doc: T) => Lost | undefined): Observable<Lost> {
  return events.pipe(mergeMap((event) => {
    const lost = pick(event.documentData as T);
    return lost ? [lost] : [];
  }));
}

async function list(db: FieldDeskDatabase, { timelineId, name, docId, lostEdit }: Lost): Promise<void> {
  const doc = await localCollection(db, name as 'work-orders').findOne(docId).exec();
  await listOnce(db, {
    id: timelineId, kind: 'overridden', collectionName: name, docId, label: doc ? label(name, doc.toJSON() as unknown as WireDoc) : name,
    field: lostEdit.field, mine: lostEdit.value, kept: lostEdit.keptValue, keptBy: lostEdit.keptBy, reason: '',
  });
}
