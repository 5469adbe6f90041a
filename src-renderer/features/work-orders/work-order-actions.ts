import { v7 as uuidv7 } from 'uuid';
import type { RxDocument } from 'rxdb';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { NoteKind } from '@shared/schema/work-order-note.schema';
import { canTransition, statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { legacyStatusText } from '@shared/schema/legacy-status-text';
import type { SessionUser } from '@shared/sync/protocol';
import { outboxOf, type FieldDeskDatabase } from '../../db/database';

/** Appends a note or client update to a work order's timeline. */
export async function addNote(db: FieldDeskDatabase, workOrderId: string, author: SessionUser, kind: Extract<NoteKind, 'note' | 'client-update'>, text: string): Promise<void> {
  const at = new Date().toISOString();
  await db.work_order_notes.insert({ id: uuidv7(), workOrderId, authorId: author.id, authorName: author.name, kind, text: text.trim(), createdAt: at, updatedAt: at });
}

export type StatusChange = { to: WorkOrderStatus; holdReason?: HoldReason; resolutionSummary?: string };

/**
 * Moves a work order along its lifecycle and records the step on its timeline, structured, at the
 * same device time it gives the work order. The step names the server copy it was made on (the
 * pending change's base, or the work order itself when nothing is pending), so a refused or
 * overridden version can be told apart from the steps that took effect (see status-history.ts).
 */
export async function changeStatus(db: FieldDeskDatabase, doc: RxDocument<WorkOrder>, author: SessionUser, change: StatusChange): Promise<void> {
  const from = doc.status;
  if (!canTransition(from, change.to)) throw new Error(`A work order cannot go from ${statusLabels[from]} to ${statusLabels[change.to]}.`);
  if (change.to === 'on-hold' && !change.holdReason) throw new Error('Say why the work is on hold.');
  if (change.to === 'resolved' && !change.resolutionSummary?.trim()) throw new Error('Describe the resolution before resolving.');
  const pending = (await outboxOf(db).entriesOf('work-orders', [doc.id])).get(doc.id);
  const madeOn = pending ? ((pending.base?.updatedAt as string | undefined) ?? '') : doc.updatedAt;
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
  const holdReason = change.to === 'on-hold' ? change.holdReason : undefined;
  const step = { from, to: change.to, ...(holdReason ? { holdReason } : {}) };
  await db.work_order_notes.insert({
    id: uuidv7(), workOrderId: doc.id, authorId: author.id, authorName: author.name, kind: 'status-change',
    // The text stays what earlier versions wrote, for anything that still reads only the text.
    text: legacyStatusText(step), statusChange: { ...step, at: updatedAt, madeOn }, createdAt: updatedAt, updatedAt,
  });
}
