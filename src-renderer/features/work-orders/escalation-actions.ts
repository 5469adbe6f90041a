import { v7 as uuidv7 } from 'uuid';
import type { RxDocument } from 'rxdb';
import { supervises } from '@shared/domain/access';
import { escalated, referralLevels, refusedEscalation, type SupportLevel } from '@shared/domain/escalation';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { SessionUser } from '@shared/sync/protocol';
import type { FieldDeskDatabase } from '../../db/database';
import { PlainWordsError } from '../../ui/plain-error';
import { recordStep, serverCopyOf } from './work-order-actions';

/** What the escalation form asks: the level referred to, why (required), and what was tried. */
export type Referral = { level: SupportLevel; reason: string; tried: string };

/** Whether this user may escalate the work order: its assignee or a supervisor, while it is open and a higher level exists. */
export function mayEscalate(wo: Pick<WorkOrder, 'status' | 'assigneeId' | 'supportLevel'>, user: Pick<SessionUser, 'id' | 'role'>): boolean {
  if (referralLevels(wo.supportLevel).length === 0) return false;
  const writer = { id: user.id, supervisor: supervises(user.role) };
  return refusedEscalation(wo, escalated(wo, 3), writer) === null;
}

/**
 * Refers the work order to a higher support level (src-shared/domain/escalation.ts): it goes back
 * to new and unassigned, into that level's queue, as a change of its own. Its timeline keeps the
 * step (a status-change entry, when the status changes) and the referral with its reason.
 */
export async function escalateWorkOrder(db: FieldDeskDatabase, doc: RxDocument<WorkOrder>, author: SessionUser, referral: Referral): Promise<void> {
  const reason = referral.reason.trim();
  if (!reason) throw new PlainWordsError('Say why the work order needs a higher level.');
  const before = doc.toJSON() as WorkOrder;
  const after = escalated(before, referral.level);
  const refused = refusedEscalation(before, after, { id: author.id, supervisor: supervises(author.role) });
  if (refused) throw new PlainWordsError(`This work order cannot be escalated to level ${referral.level}: only its assignee or a supervisor escalates open work, to a higher level.`);
  const madeOn = await serverCopyOf(db, doc);
  const at = new Date().toISOString();
  await doc.incrementalModify((data) => {
    const { holdReason: _hold, ...rest } = escalated(data, referral.level);
    return { ...rest, updatedAt: at, updatedBy: author.id };
  });
  if (before.status !== 'new') await recordStep(db, doc.id, author, { from: before.status, to: 'new' }, at, madeOn);
  const tried = referral.tried.trim();
  await db.work_order_notes.insert({
    id: uuidv7(), workOrderId: doc.id, authorId: author.id, authorName: author.name, kind: 'referral',
    text: `Escalated to level ${referral.level}: ${reason}`.slice(0, 8000),
    referral: { fromLevel: before.supportLevel, level: referral.level, reason, tried },
    createdAt: at, updatedAt: at,
  });
}
