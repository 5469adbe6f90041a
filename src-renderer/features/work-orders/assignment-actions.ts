import type { RxDocument } from 'rxdb';
import { supervises } from '@shared/domain/access';
import { isOpen } from '@shared/domain/work-order-status';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { SessionUser } from '@shared/sync/protocol';
import type { FieldDeskDatabase } from '../../db/database';
import { PlainWordsError } from '../../ui/plain-error';
import { recordStep, serverCopyOf } from './work-order-actions';

/**
 * A supervisor assigns (or reassigns) work orders to a technician. New work becomes assigned, a
 * step recorded on its timeline like any other; work further along keeps its status and changes
 * hands. Resolved and finished work, and work already theirs, is left as it is.
 */
export async function assignWorkOrders(db: FieldDeskDatabase, docs: readonly RxDocument<WorkOrder>[], author: SessionUser, assigneeId: string): Promise<number> {
  if (!supervises(author.role)) throw new PlainWordsError('Only a supervisor assigns work to someone.');
  let assigned = 0;
  for (const doc of docs) {
    if (doc.assigneeId === assigneeId || !isOpen(doc.status)) continue;
    const from = doc.status;
    const to = from === 'new' ? 'assigned' : from;
    const madeOn = await serverCopyOf(db, doc);
    const updatedAt = new Date().toISOString();
    await doc.incrementalModify((data) => ({ ...data, assigneeId, status: to, updatedAt, updatedBy: author.id }));
    if (to !== from) await recordStep(db, doc.id, author, { from, to }, updatedAt, madeOn);
    assigned += 1;
  }
  return assigned;
}
