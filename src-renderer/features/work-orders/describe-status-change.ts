import { holdReasonLabels, statusLabels } from '@shared/domain/work-order-status';
import type { StatusChangeEntry } from '@shared/schema/work-order-note.schema';

/** A status step in plain words: "In progress → On hold (waiting for parts)". */
export function describeStatusChange(change: Pick<StatusChangeEntry, 'from' | 'to' | 'holdReason'>): string {
  const reason = change.holdReason ? ` (${holdReasonLabels[change.holdReason].toLowerCase()})` : '';
  return `${statusLabels[change.from]} → ${statusLabels[change.to]}${reason}`;
}
