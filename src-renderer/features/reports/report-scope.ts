import { priorityLabels, type Priority } from '@shared/domain/priority';
import type { Scope } from '../../stores/work-order-filters';

/** The list's filters as the line a report prints under its title: "All assignees · Courthouse · P2 High". */
export function describeScope(filters: { scope: Scope; siteName: string | null; priority: number | null }, userName: string): string {
  const who = filters.scope === 'mine' ? `Assigned to ${userName}` : filters.scope === 'unassigned' ? 'Unassigned' : 'All assignees';
  const where = filters.siteName ?? 'All sites';
  const priority = filters.priority ? priorityLabels[filters.priority as Priority] : 'All priorities';
  return [who, where, priority].join(' · ');
}
