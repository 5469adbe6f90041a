import { priorityLabels, type Priority } from '@shared/domain/priority';
import { holdReasonLabels, isOpen, statusLabels } from '@shared/domain/work-order-status';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { workOrderNumber } from '../../ui/format';
import type { ReportTable } from './report-table';

export const openWorkOrderColumns = [
  { key: 'number', label: 'Number', nowrap: true },
  { key: 'title', label: 'Title' },
  { key: 'site', label: 'Site' },
  { key: 'status', label: 'Status' },
  { key: 'priority', label: 'Priority', nowrap: true },
  { key: 'assignee', label: 'Assignee' },
] as const;

export type OpenWorkOrderColumn = (typeof openWorkOrderColumns)[number]['key'];

/**
 * The "open work orders" report: the open ones among `workOrders`, in the order given (the list's
 * sort), with site and assignee by name. An id the device cannot name (a site or person not
 * synced yet) shows as such rather than as a raw id.
 */
export function openWorkOrdersTable(
  workOrders: readonly WorkOrder[],
  names: { sites: ReadonlyMap<string, string>; people: ReadonlyMap<string, string> },
): ReportTable<OpenWorkOrderColumn> {
  const rows = workOrders
    .filter((wo) => isOpen(wo.status))
    .map((wo) => ({
      number: workOrderNumber(wo.number),
      title: wo.title,
      site: names.sites.get(wo.siteId) ?? 'Unknown site',
      status: wo.status === 'on-hold' && wo.holdReason ? `${statusLabels[wo.status]} (${holdReasonLabels[wo.holdReason]})` : statusLabels[wo.status],
      priority: priorityLabels[wo.priority as Priority],
      assignee: wo.assigneeId ? (names.people.get(wo.assigneeId) ?? 'Unknown person') : 'Unassigned',
    }));
  return { columns: openWorkOrderColumns, rows };
}
