import { memo } from 'react';
import { MessageSquareWarning } from 'lucide-react';
import { Link } from 'wouter';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { statusLabels } from '@shared/domain/work-order-status';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { formatDay, workOrderNumber } from '../../ui/format';
import { useWorkOrderFilters } from '../../stores/work-order-filters';
import type { Names } from './select-work-orders';
import type { SlaClock } from '@shared/domain/sla';
import { shortClockWords } from '../sla/clock-words';
import '../sla/sla.css';

/** Every row is this tall, so the list can place rows without measuring them (a title wraps to two lines at most). */
export const rowHeight = 52;

type Props = {
  wo: WorkOrder;
  index: number;
  names: Names;
  pending: boolean;
  tabbable: boolean;
  /** The client is due an update. */
  clientDue?: boolean;
  /** Its service-level clocks: undefined before the county's policy has synced, null when its timeline cannot be read. */
  clock?: SlaClock | null;
};

/** One work order as one link: the whole row opens it. Plain elements, not components: many are drawn at each scroll. */
export const WorkOrderRow = memo(function WorkOrderRow({ wo, index, names, pending, tabbable, clientDue = false, clock }: Props) {
  const assignee = wo.assigneeId ? (names.people.get(wo.assigneeId) ?? 'Someone not on this device') : 'Unassigned';
  return (
    <Link href={`/work-orders/${wo.id}`} className="wo-grid wo-row" data-index={index} data-testid="work-order-row" tabIndex={tabbable ? 0 : -1} onFocus={() => useWorkOrderFilters.setState({ activeId: wo.id })}>
      <span data-column="number" className="wo-number">
        {workOrderNumber(wo.number)}
        {pending && <span className="fd-badge fd-badge-pending">pending</span>}
        {clientDue && (
          // An icon, for the narrow number column; its words are read out and shown on hover.
          <span className="wo-client-due" title="The client is due an update" data-testid="client-update-due">
            <MessageSquareWarning size={15} aria-hidden />
            <span className="fd-visually-hidden">update client</span>
          </span>
        )}
      </span>
      <span data-column="title" className="wo-title">{wo.title}</span>
      <span data-column="site" className="wo-cell">{names.sites.get(wo.siteId) ?? 'Unknown site'}</span>
      <span data-column="assignee" className={wo.assigneeId ? 'wo-cell' : 'wo-cell wo-dim'}>{assignee}</span>
      <span data-column="status" className={`wo-cell wo-status wo-status-${wo.status}`}>{statusLabels[wo.status]}</span>
      <span data-column="priority" className={`wo-cell wo-p${wo.priority}`}>{priorityLabels[wo.priority as Priority]}</span>
      <span data-column="due" className="wo-due">
        <DueWords clock={clock} />
      </span>
      <span data-column="updated" className="wo-cell wo-dim">{formatDay(wo.updatedAt)}</span>
    </Link>
  );
});

/** The two clocks, one short line each; a dash while there is no clock to show. */
function DueWords({ clock }: { clock: SlaClock | null | undefined }) {
  if (!clock) return <span className="wo-dim" title={clock === null ? "The service-level clock can't be worked out from this work order's timeline" : "The county's service levels arrive with the next sync"}>–</span>;
  return (['response', 'resolution'] as const).map((which) => {
    const words = shortClockWords(which, clock[which]);
    return (
      <span key={which} className={`fd-sla-clock fd-sla-${words.tone}`} data-tone={words.tone} data-clock={which}>
        {words.text}
      </span>
    );
  });
}
