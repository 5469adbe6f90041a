import { categoryLabels, type WorkOrderCategory } from '@shared/domain/work-order-category';
import { holdReasonLabels, statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { priorityLabels, type Priority } from '@shared/domain/priority';

/** Words the technician sees elsewhere in the app for a stored value (not "on-hold" but "On hold"). */
const labels: Record<string, Record<string, string>> = {
  status: statusLabels as Record<WorkOrderStatus, string>,
  holdReason: holdReasonLabels as Record<HoldReason, string>,
  category: categoryLabels as Record<WorkOrderCategory, string>,
  priority: priorityLabels as Record<Priority, string>,
};

/** A conflicting value (stored as JSON) in plain words. */
export function describeValue(collectionName: string, field: string, json: string): string {
  const value = JSON.parse(json) as unknown;
  if (value === null || value === '') return '(empty)';
  const label = collectionName === 'work-orders' ? labels[field]?.[String(value)] : undefined;
  return label ?? (typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));
}
