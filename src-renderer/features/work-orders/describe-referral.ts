import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';

/** A referral in words: the levels, the reason and what was tried (the person's own words). */
export function describeReferral(referral: NonNullable<WorkOrderNote['referral']>): string {
  const reason = referral.reason.trim().replace(/[.\s]*$/, '.');
  const tried = referral.tried.trim() ? ` Tried: ${referral.tried.trim()}` : '';
  return `Referred from level ${referral.fromLevel} to level ${referral.level}. Reason: ${reason}${tried}`;
}
