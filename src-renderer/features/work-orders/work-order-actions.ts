import { v7 as uuidv7 } from 'uuid';
import type { RxDocument } from 'rxdb';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { NoteKind } from '@shared/schema/work-order-note.schema';
import { canTransition, holdReasonLabels, statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import type { SessionUser } from '@shared/sync/protocol';
import type { FieldDeskDatabase } from '../../db/database';

/** Appends a note or client update to a work order's timeline. */
export async function addNote(db: FieldDeskDatabase, workOrderId: string, author: SessionUser, kind: NoteKind, text: string): Promise<void> {
  const at = new Date().toISOString();
  await db.work_order_notes.insert({ id: uuidv7(), workOrderId, authorId: author.id, authorName: author.name, kind, text: text.trim(), createdAt: at, updatedAt: at });
}

export type StatusChange = { to: WorkOrderStatus; holdReason?: HoldReason; resolutionSummary?: string };

/** Moves a work order along its lifecycle and records the step on its timeline. */
export async function changeStatus(db: FieldDeskDatabase, doc: RxDocument<WorkOrder>, author: SessionUser, change: StatusChange): Promise<void> {
  const from = doc.status;
  if (!canTransition(from, change.to)) throw new Error(`A work order cannot go from ${statusLabels[from]} to ${statusLabels[change.to]}.`);
  if (change.to === 'on-hold' && !change.holdReason) throw new Error('Say why the work is on hold.');
  if (change.to === 'resolved' && !change.resolutionSummary?.trim()) throw new Error('Describe the resolution before resolving.');
  const updatedAt = new Date().toISOString();
  await doc.incrementalModify((data) => {
    data.status = change.to;
    data.updatedAt = updatedAt;
    data.updatedBy = author.id;
    if (change.to === 'on-hold') data.holdReason = change.holdReason;
    else delete data.holdReason;
    if (change.to === 'resolved') data.resolutionSummary = change.resolutionSummary?.trim() ?? '';
    return data;
  });
  const reason = change.to === 'on-hold' && change.holdReason ? `: ${holdReasonLabels[change.holdReason]}` : '';
  await addNote(db, doc.id, author, 'status-change', `Status: ${statusLabels[from]} → ${statusLabels[change.to]}${reason}`);
}
