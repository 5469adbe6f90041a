import { holdReasonLabels, statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { priorityLabels, type Priority } from '@shared/domain/priority';

/** Words the technician sees elsewhere in the app for a stored value (not "on-hold" but "On hold"). */
const labels: Record<string, Record<string, string>> = {
  status: statusLabels as Record<WorkOrderStatus, string>,
  holdReason: holdReasonLabels as Record<HoldReason, string>,
  priority: priorityLabels as Record<Priority, string>,
};

/** Names that live in reference data rather than in code: a work order's category. */
export type ReferenceNames = { category: (key: string) => string };

/** A conflicting value (stored as JSON) in plain words. */
export function describeValue(collectionName: string, field: string, json: string, names?: ReferenceNames): string {
  const value = JSON.parse(json) as unknown;
  if (value === null || value === '') return '(empty)';
  const fromReference = field === 'category' && typeof value === 'string' ? names?.category(value) : undefined;
  const label = collectionName === 'work-orders' ? (fromReference ?? labels[field]?.[String(value)]) : undefined;
  return label ?? (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));
}
