import { useMemo } from 'react';
import { Link } from 'wouter';
import { useRxCollection, useRxDocument, useLiveRxQuery } from 'rxdb/plugins/react';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { holdReasonLabels, statusLabels } from '@shared/domain/work-order-status';
import { statusHistory } from '@shared/domain/status-history';
import { formatDateTime, workOrderNumber } from '../../ui/format';
import { usePendingKeys } from '../sync-status/use-sync-status';
import { useSites } from './use-work-orders';
import { StatusForm } from './StatusForm';
import { NoteForm } from './NoteForm';
import { describeStatusChange } from './describe-status-change';
import { useCategoryName } from '../reference/use-reference';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { describeLostEdit } from '../conflicts/overridden-words';
import type { UserProfile } from '@shared/schema/user.schema';

const allUsers = {};

const noteKindLabels = { note: 'Note', 'client-update': 'Client update', 'status-change': 'Status', 'overridden-edit': 'Overridden edit', 'lost-edit-dismissed': 'Edit dismissed' } as const;

/** One work order: every field, its timeline, and the technician's actions. */
export function WorkOrderPage({ id }: { id: string }) {
  const collection = useRxCollection<WorkOrder>('work_orders');
  const { result: doc, loading } = useRxDocument<WorkOrder>(collection, id);
  const notesQuery = useMemo(() => ({ selector: { workOrderId: id }, sort: [{ createdAt: 'asc' as const }] }), [id]);
  const { results: notes } = useLiveRxQuery<WorkOrderNote>({ collection: 'work_order_notes', query: notesQuery });
  const { byId: sites } = useSites();
  const categoryName = useCategoryName();
  const { results: users } = useLiveRxQuery<UserProfile>({ collection: 'users', query: allUsers });
  const names = useMemo(() => new Map(users.map((u) => [u.id, u.name])), [users]);
  const pending = usePendingKeys();
  const applied = useMemo(() => new Set(statusHistory(notes.map((n) => n.toJSON() as WorkOrderNote)).map((step) => step.entryId)), [notes]);

  if (loading) return <p>Loading…</p>;
  if (!doc) return <p>This work order is not on this device. <Link href="/">Back to the list</Link></p>;
  const wo = doc.toJSON() as WorkOrder;
  const site = sites.get(wo.siteId);

  return (
    <article className="work-order" data-testid="work-order-page">
      <p><Link href="/">← Work orders</Link></p>
      <h1>
        <span data-testid="work-order-number">{workOrderNumber(wo.number)}</span> {wo.title}
        {pending.has(`work-orders:${wo.id}`) && <span className="badge pending" data-testid="work-order-pending">pending</span>}
      </h1>
      <dl className="fields">
        <dt>Status</dt>
        <dd data-testid="work-order-status">
          {statusLabels[wo.status]}
          {wo.status === 'on-hold' && wo.holdReason && ` (${holdReasonLabels[wo.holdReason]})`}
        </dd>
        <dt>Priority</dt><dd>{priorityLabels[wo.priority as Priority]} (impact {wo.impact}, urgency {wo.urgency})</dd>
        <dt>Category</dt><dd data-testid="work-order-category">{categoryName(wo.category)}</dd>
        <dt>Support level</dt><dd>Level {wo.supportLevel}</dd>
        <dt>Requester</dt>
        <dd>
          {wo.requester.name}, {wo.requester.department}
          <br />
          {wo.requester.phone} · {wo.requester.email}
        </dd>
        <dt>Location</dt><dd>{site?.name ?? wo.siteId}, {wo.building}, room {wo.room}</dd>
        <dt>Opened</dt><dd>{formatDateTime(wo.createdAt)}</dd>
        <dt>Respond by</dt><dd>{formatDateTime(wo.responseDueAt)}</dd>
        <dt>Resolve by</dt><dd>{formatDateTime(wo.resolutionDueAt)}</dd>
        <dt>Description</dt><dd className="prose">{wo.description}</dd>
        {wo.resolutionSummary && (<><dt>Resolution</dt><dd className="prose">{wo.resolutionSummary}</dd></>)}
      </dl>
      <StatusForm doc={doc} />
      <AttachmentsSection owner={{ collection: 'work-orders', id: wo.id }} />
      <section className="timeline">
        <h2>Timeline</h2>
        <ol data-testid="timeline">
          {notes.map((n) => (
            <li key={n.id} className={`note note-${n.kind}`} data-testid="timeline-entry">
              <span className="when">{formatDateTime(n.statusChange?.at ?? n.createdAt)}</span> <strong>{noteKindLabels[n.kind]}</strong> · {n.authorName}
              {pending.has(`work-order-notes:${n.id}`) && <span className="badge pending">pending</span>}
              {n.statusChange && !applied.has(n.id) && <span className="badge not-applied">not applied</span>}
              <p>{n.statusChange ? describeStatusChange(n.statusChange) : n.lostEdit ? describeLostEdit(n.lostEdit, names) : n.text}</p>
            </li>
          ))}
        </ol>
        <NoteForm workOrderId={wo.id} />
      </section>
    </article>
  );
}
