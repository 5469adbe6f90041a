import { Link } from 'wouter';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { statusLabels, workOrderStatuses, isOpen } from '@shared/domain/work-order-status';
import { useWorkOrderFilters, type Scope, type SortKey, type StatusFilter } from '../../stores/work-order-filters';
import { formatDateTime, workOrderNumber } from '../../ui/format';
import { usePendingKeys } from '../sync-status/use-sync-status';
import { useSites, useWorkOrders } from './use-work-orders';

/** "My work orders": the technician's queue, sortable and filterable, straight from the local database. */
export function WorkOrderList() {
  const filters = useWorkOrderFilters();
  const { workOrders, loading } = useWorkOrders();
  const { sites, byId } = useSites();
  const pending = usePendingKeys();
  const now = new Date().toISOString();

  return (
    <section className="work-orders">
      <div className="toolbar">
        <h1>{filters.scope === 'mine' ? 'My work orders' : filters.scope === 'unassigned' ? 'Unassigned work orders' : 'All work orders'}</h1>
        <span className="count" data-testid="work-order-count">
          {loading ? '…' : `${workOrders.length} work order${workOrders.length === 1 ? '' : 's'}`}
        </span>
        <Link href="/reports/open-work-orders" className="toolbar-action">Report of open work orders</Link>
      </div>
      <div className="filters">
        <label>
          Show
          <select value={filters.scope} onChange={(e) => filters.set({ scope: e.target.value as Scope })}>
            <option value="mine">Assigned to me</option>
            <option value="unassigned">Unassigned</option>
            <option value="everyone">Everyone's</option>
          </select>
        </label>
        <label>
          Status
          <select value={filters.status} onChange={(e) => filters.set({ status: e.target.value as StatusFilter })}>
            <option value="open">Open</option>
            <option value="all">Any status</option>
            {workOrderStatuses.map((s) => (
              <option key={s} value={s}>{statusLabels[s]}</option>
            ))}
          </select>
        </label>
        <label>
          Priority
          <select value={filters.priority ?? ''} onChange={(e) => filters.set({ priority: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Any priority</option>
            {([1, 2, 3, 4, 5] as Priority[]).map((p) => (
              <option key={p} value={p}>{priorityLabels[p]}</option>
            ))}
          </select>
        </label>
        <label>
          Site
          <select value={filters.siteId ?? ''} onChange={(e) => filters.set({ siteId: e.target.value || null })}>
            <option value="">Any site</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
        <label>
          Sort by
          <select value={filters.sort} onChange={(e) => filters.set({ sort: e.target.value as SortKey })}>
            <option value="priority">Priority</option>
            <option value="due">Due time</option>
            <option value="updated">Last updated</option>
            <option value="number">Newest</option>
          </select>
        </label>
      </div>
      <table className="list">
        <thead>
          <tr>
            <th>Number</th><th>Priority</th><th>Title</th><th>Site</th><th>Status</th><th>Resolve by</th>
          </tr>
        </thead>
        <tbody>
          {workOrders.map((wo) => {
            const overdue = isOpen(wo.status) && wo.resolutionDueAt < now;
            return (
              <tr key={wo.id} data-testid="work-order-row">
                <td>
                  <Link href={`/work-orders/${wo.id}`}>{workOrderNumber(wo.number)}</Link>
                  {pending.has(`work-orders:${wo.id}`) && <span className="badge pending">pending</span>}
                </td>
                <td className={`p${wo.priority}`}>{priorityLabels[wo.priority as Priority]}</td>
                <td><Link href={`/work-orders/${wo.id}`}>{wo.title}</Link></td>
                <td>{byId.get(wo.siteId)?.name ?? wo.siteId}</td>
                <td>{statusLabels[wo.status]}</td>
                <td className={overdue ? 'overdue' : ''}>{formatDateTime(wo.resolutionDueAt)}{overdue && ' (overdue)'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!loading && workOrders.length === 0 && <p className="empty">No work orders match these filters.</p>}
    </section>
  );
}
