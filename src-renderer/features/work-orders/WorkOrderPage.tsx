import { useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useRxCollection, useRxDocument, useLiveRxQuery } from 'rxdb/plugins/react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { holdReasonLabels, statusLabels } from '@shared/domain/work-order-status';
import { statusHistory } from '@shared/domain/status-history';
import { formatDateTime, workOrderNumber } from '../../ui/format';
import { useEscapeTo } from '../../ui/use-escape-to';
import { usePendingKeys } from '../sync-status/use-sync-status';
import { useNames, useSites } from './use-work-orders';
import { StatusForm } from './StatusForm';
import { NoteForm } from './NoteForm';
import { describeTimelineEntry, timelineKindLabels } from './describe-timeline-entry';
import { useCategoryName, useClientUpdateHours, useReferenceName } from '../reference/use-reference';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { AssignForm } from './AssignForm';
import './team-queue.css';
import { EscalateForm } from './EscalateForm';
import { TimeSection } from './TimeSection';
import { SlaClocks } from '../sla/SlaClocks';
import { ChecklistSection } from '../checklists/ChecklistSection';
import { useSession } from '../../host/api-context';
import { supervises } from '@shared/domain/access';
import { clientUpdateDue } from '@shared/domain/client-updates';
import { FromAssessmentLink } from '../ergonomics/FromAssessmentLink';
import { AssetHistory, AssetOfWorkOrder } from '../assets/AssetHistory';
import { ChangeAssetDialog } from '../assets/ChangeAssetDialog';
import { equipmentCategory } from '@shared/domain/ergonomics/equipment-request';

/** One work order: every field, its timeline, and the technician's actions. Esc goes back to the list. */
export function WorkOrderPage({ id }: { id: string }) {
  const collection = useRxCollection<WorkOrder>('work_orders');
  const { result: doc, loading } = useRxDocument<WorkOrder>(collection, id);
  const notesQuery = useMemo(() => ({ selector: { workOrderId: id }, sort: [{ createdAt: 'asc' as const }] }), [id]);
  const { results: notes } = useLiveRxQuery<WorkOrderNote>({ collection: 'work_order_notes', query: notesQuery });
  const { byId: sites } = useSites();
  const { people } = useNames();
  const categoryName = useCategoryName();
  const resolutionName = useReferenceName('resolution-code');
  const clientUpdateHours = useClientUpdateHours();
  const pending = usePendingKeys();
  const { user } = useSession();
  const plainNotes = useMemo(() => notes.map((n) => n.toJSON() as WorkOrderNote), [notes]);
  const applied = useMemo(() => new Set(statusHistory(plainNotes).map((step) => step.entryId)), [plainNotes]);
  useEscapeTo('/');

  if (loading) return <Text>Loading…</Text>;
  if (!doc) return <Text>This work order is not on this device. <Anchor component={Link} href="/">Back to the list</Anchor></Text>;
  const wo = doc.toJSON() as WorkOrder;
  const site = sites.get(wo.siteId);
  const fields: [string, ReactNode, string?][] = [
    ['Status', <>{statusLabels[wo.status]}{wo.status === 'on-hold' && wo.holdReason && ` (${holdReasonLabels[wo.holdReason]})`}</>, 'work-order-status'],
    ['Priority', `${priorityLabels[wo.priority as Priority]} (impact ${wo.impact}, urgency ${wo.urgency})`],
    ['Assigned to', wo.assigneeId ? (people.get(wo.assigneeId) ?? 'Someone not on this device') : 'Nobody yet', 'work-order-assignee'],
    ['Category', categoryName(wo.category), 'work-order-category'],
    ['Support level', `Level ${wo.supportLevel}`, 'work-order-level'],
    ['Requester', <>{wo.requester.name}, {wo.requester.department}<br />{wo.requester.phone} · {wo.requester.email}</>],
    ['Location', `${site?.name ?? 'Unknown site'}, ${wo.building}, room ${wo.room}`],
    ['Asset', <><span data-testid="work-order-asset">{wo.assetId ? <AssetOfWorkOrder assetId={wo.assetId} /> : 'None named'}</span> <ChangeAssetDialog doc={doc} /></>],
    ['Opened', formatDateTime(wo.createdAt)],
    ['Client last updated', <>{wo.clientUpdatedAt ? formatDateTime(wo.clientUpdatedAt) : 'Not yet'}{clientUpdateDue(wo, new Date(), clientUpdateHours) && <span className="fd-badge fd-badge-warn">update due</span>}</>, 'work-order-client-updated'],
    ['Service levels', <SlaClocks wo={wo} timeline={plainNotes} />, 'work-order-sla'],
  ];

  return (
    <Stack component="article" gap="md" maw={1100} data-testid="work-order-page" aria-labelledby="work-order-title">
      <Anchor component={Link} href="/" size="sm" className="fd-back">
        <ArrowLeft size={14} aria-hidden /> Work orders
      </Anchor>
      <Group gap="sm" align="baseline" wrap="nowrap" className="wrap">
        <Title order={1} id="work-order-title" className="wrap">
          <span data-testid="work-order-number">{workOrderNumber(wo.number)}</span> {wo.title}
        </Title>
        {pending.has(`work-orders:${wo.id}`) && <span className="fd-badge fd-badge-pending" data-testid="work-order-pending">pending</span>}
      </Group>
      <Group gap="sm">
        <Anchor component={Link} href={`/work-orders/${wo.id}/report`} size="sm">
          Service report
        </Anchor>
      </Group>
      <Paper withBorder p="md">
        <dl className="fd-fields">
          {fields.map(([label, value, testId]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
        </dl>
        {wo.category === equipmentCategory && <FromAssessmentLink workOrderId={wo.id} />}
        <Title order={2} size="h3" mt="md">Description</Title>
        <Text className="prose">{wo.description}</Text>
        {wo.resolutionSummary && (
          <>
            <Title order={2} size="h3" mt="md">Resolution</Title>
            {wo.resolutionCode && <Text fw={600} data-testid="work-order-resolution-code">{resolutionName(wo.resolutionCode)}</Text>}
            <Text className="prose">{wo.resolutionSummary}</Text>
          </>
        )}
      </Paper>
      {supervises(user.role) && <AssignForm key={`assign-${wo.id}`} doc={doc} />}
      <StatusForm doc={doc} />
      <ChecklistSection key={`checklist-${wo.id}`} doc={doc} timeline={plainNotes} />
      <EscalateForm key={`escalate-${wo.id}`} doc={doc} />
      {wo.assetId && <AssetHistory key={`asset-${wo.assetId}`} wo={{ ...wo, assetId: wo.assetId }} />}
      <AttachmentsSection owner={{ collection: 'work-orders', id: wo.id }} />
      <TimeSection workOrderId={wo.id} entries={plainNotes} people={people} />
      <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
        <Title order={2} id="timeline-title" mb="sm">Timeline</Title>
        <ol className="fd-timeline" data-testid="timeline">
          {notes.map((n) => (
            <li key={n.id} data-kind={n.kind} data-testid="timeline-entry">
              <Text size="sm" c="dimmed" component="div">
                {formatDateTime(n.statusChange?.at ?? n.createdAt)} · <Text span fw={600} c="var(--mantine-color-text)">{timelineKindLabels[n.kind]}</Text> · {n.authorName}
                {pending.has(`work-order-notes:${n.id}`) && <span className="fd-badge fd-badge-pending">pending</span>}
                {n.statusChange && !applied.has(n.id) && <span className="fd-badge fd-badge-muted">not applied</span>}
              </Text>
              <p className="prose">{describeTimelineEntry(n, people)}</p>
            </li>
          ))}
        </ol>
        <NoteForm workOrderId={wo.id} />
      </Paper>
    </Stack>
  );
}
