import { v7 as uuidv7 } from 'uuid';
import type { RxDocument } from 'rxdb';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { NoteKind } from '@shared/schema/work-order-note.schema';
import { statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { legacyStatusText } from '@shared/schema/legacy-status-text';
import type { SessionUser } from '@shared/sync/protocol';
import { outboxOf, type FieldDeskDatabase } from '../../db/database';
import { PlainWordsError } from '../../ui/plain-error';
import { asksForResolution, lackWords, offeredSteps, stepLacks, takesIt, type Me } from './status-choices';

/** Appends a note or client update to a work order's timeline. */
export async function addNote(db: FieldDeskDatabase, workOrderId: string, author: SessionUser, kind: Extract<NoteKind, 'note' | 'client-update'>, text: string): Promise<void> {
  const at = new Date().toISOString();
  await db.work_order_notes.insert({ id: uuidv7(), workOrderId, authorId: author.id, authorName: author.name, kind, text: text.trim(), createdAt: at, updatedAt: at });
}

export type StatusChange = { to: WorkOrderStatus; holdReason?: HoldReason; resolutionCode?: string; resolutionSummary?: string };

/**
 * The server copy a change is made on: the pending change's base, or the work order itself when
 * nothing is pending ('' for one not on the server yet). A status-change entry names it, so a
 * refused or overridden version can be told apart from the steps that took effect.
 */
export async function serverCopyOf(db: FieldDeskDatabase, doc: RxDocument<WorkOrder>): Promise<string> {
  const pending = (await outboxOf(db).entriesOf('work-orders', [doc.id])).get(doc.id);
  return pending ? ((pending.base?.updatedAt as string | undefined) ?? '') : doc.updatedAt;
}

/** Records a status step on the timeline, at the device time it gave the work order. */
export async function recordStep(
  db: FieldDeskDatabase, workOrderId: string, author: SessionUser,
  step: { from: WorkOrderStatus; to: WorkOrderStatus; holdReason?: HoldReason }, at: string, madeOn: string,
): Promise<void> {
  const { holdReason, ...move } = step;
  const change = { ...move, ...(step.to === 'on-hold' && holdReason ? { holdReason } : {}) };
  await db.work_order_notes.insert({
    id: uuidv7(), workOrderId, authorId: author.id, authorName: author.name, kind: 'status-change',
    // The text stays what earlier versions wrote, for anything that still reads only the text.
    text: legacyStatusText(change), statusChange: { ...change, at, madeOn }, createdAt: at, updatedAt: at,
  });
}

/**
 * Moves a work order along its lifecycle and records the step on its timeline, structured, at the
 * same device time it gives the work order, naming the server copy it was made on (see
 * status-history.ts). A technician who starts unassigned work becomes its assignee in the same change.
 * Only a step the author's role may take, with what the new status needs, is made: the form
 * offers no other (./status-choices.ts), and the server would refuse it.
 */
export async function changeStatus(db: FieldDeskDatabase, doc: RxDocument<WorkOrder>, author: SessionUser & Me, change: StatusChange): Promise<void> {
  const from = doc.status;
  if (!offeredSteps(doc, author).includes(change.to)) throw new PlainWordsError(`This work order cannot go from ${statusLabels[from].toLowerCase()} to ${statusLabels[change.to].toLowerCase()}.`);
  if (change.to === 'on-hold' && !change.holdReason) throw new PlainWordsError('Say why the work is on hold.');
  const input = { to: change.to, resolutionCode: change.resolutionCode ?? '', resolutionSummary: change.resolutionSummary?.trim() ?? '' };
  const lacks = stepLacks(doc, author, input);
  if (lacks) throw new PlainWordsError(lackWords(lacks, change.to, doc, author));
  const takeIt = takesIt(doc, author, change.to);
  const resolution = asksForResolution(doc, change.to);
  const madeOn = await serverCopyOf(db, doc);
  const updatedAt = new Date().toISOString();
  await doc.incrementalModify((data) => {
    data.status = change.to;
    data.updatedAt = updatedAt;
    data.updatedBy = author.id;
    if (change.to === 'on-hold') data.holdReason = change.holdReason;
    else delete data.holdReason;
    if (resolution) {
      data.resolutionCode = input.resolutionCode;
      data.resolutionSummary = input.resolutionSummary;
    }
    // A technician who starts unassigned work takes it in the same change (the server's assignment rule).
    if (takeIt) data.assigneeId = author.id;
    return data;
  });
  await recordStep(db, doc.id, author, { from, to: change.to, holdReason: change.holdReason }, updatedAt, madeOn);
}
