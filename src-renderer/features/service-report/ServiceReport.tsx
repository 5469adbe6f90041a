import { useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useLiveRxQuery, useRxCollection, useRxDocument } from 'rxdb/plugins/react';
import { Anchor, Button, NativeSelect, Text } from '@mantine/core';
import { Printer } from 'lucide-react';
import { paperSizes, type PaperSize } from '@shared/api/report.contract';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { priorityLabels, type Priority } from '@shared/domain/priority';
import { statusLabels } from '@shared/domain/work-order-status';
import { minutesInWords, spanMinutes, totalMinutes } from '@shared/domain/time-entries';
import { useSession } from '../../host/api-context';
import { formatDateTime, workOrderNumber } from '../../ui/format';
import { countyName } from '../reports/county-name';
import { ReportLayout } from '../reports/ReportLayout';
import { useSavePdf } from '../reports/use-save-pdf';
import { useOwnerAttachments } from '../attachments/use-attachments';
import { ReportPicture } from '../reports/ReportPicture';
import { useNames, useSites } from '../work-orders/use-work-orders';
import { useCategoryName, useReferenceName } from '../reference/use-reference';
import { describeTimelineEntry } from '../work-orders/describe-timeline-entry';
import { AssetOfWorkOrder } from '../assets/AssetHistory';

const title = 'Service report';

/** The entries a client reads as the work done: the steps taken, what was said and noted. */
const workDoneKinds = new Set<WorkOrderNote['kind']>(['status-change', 'note', 'client-update', 'referral']);

/**
 * A work order's service report (the shared report layout, printed to PDF): what was asked, where
 * and on which asset, how it was resolved, the work done, the checklist's answers, the time worked
 * by whom, and the client's signature with any photos, all from what this device holds.
 */
export function ServiceReport({ id }: { id: string }) {
  const session = useSession();
  const collection = useRxCollection<WorkOrder>('work_orders');
  const { result: doc, loading } = useRxDocument<WorkOrder>(collection, id);
  const notesQuery = useMemo(() => ({ selector: { workOrderId: id }, sort: [{ createdAt: 'asc' as const }] }), [id]);
  const { results } = useLiveRxQuery<WorkOrderNote>({ collection: 'work_order_notes', query: notesQuery });
  const notes = useMemo(() => results.map((n) => n.toJSON() as WorkOrderNote), [results]);
  const { byId: sites } = useSites();
  const { people } = useNames();
  const categoryName = useCategoryName();
  const resolutionName = useReferenceName('resolution-code');
  const pictures = useOwnerAttachments({ collection: 'work-orders', id });
  const pdf = useSavePdf(title);

  if (loading) return <Text>Loading…</Text>;
  if (!doc) return <Text>This work order is not on this device. <Anchor component={Link} href="/">Back to the list</Anchor></Text>;
  const wo = doc.toJSON() as WorkOrder;
  const person = (userId: string) => people.get(userId) ?? 'A colleague';
  const workDone = notes.filter((n) => workDoneKinds.has(n.kind));
  const answers = notes.filter((n) => n.kind === 'checklist-answer');
  // The exit the run reached last (each exit reached writes its outcome with the answer that reached it).
  const ended = notes.filter((n) => n.kind === 'checklist-outcome').at(-1);
  const times = notes.filter((n) => n.kind === 'time-entry' && n.time);
  const signatures = pictures.filter((p) => p.kind === 'signature');
  const photos = pictures.filter((p) => p.kind === 'photo');
  const details: [string, ReactNode][] = [
    ['Work order', `${workOrderNumber(wo.number)} ${wo.title}`],
    ['Requested by', [wo.requester.name, wo.requester.department].filter(Boolean).join(', ')],
    ['Where', `${sites.get(wo.siteId)?.name ?? 'Unknown site'}, ${wo.building}, room ${wo.room}`],
    ['Asset', wo.assetId ? <AssetOfWorkOrder assetId={wo.assetId} /> : 'None named'],
    ['Category', categoryName(wo.category)],
    ['Priority', priorityLabels[wo.priority as Priority]],
    ['Status', statusLabels[wo.status]],
    ['Opened', formatDateTime(wo.createdAt)],
    ['Technician', wo.assigneeId ? person(wo.assigneeId) : 'Nobody yet'],
  ];

  const actions = (
    <>
      <Anchor component={Link} href={`/work-orders/${wo.id}`}>Back to the work order</Anchor>
      <NativeSelect label="Paper" value={pdf.paper} onChange={(e) => pdf.setPaper(e.currentTarget.value as PaperSize)} data={[...paperSizes]} />
      <Button onClick={() => void pdf.savePdf()} leftSection={<Printer size={16} aria-hidden />}>Print / Save PDF</Button>
    </>
  );
  return (
    <ReportLayout heading={{ county: countyName, title, scope: `${workOrderNumber(wo.number)} · ${wo.requester.name}`, printedBy: session.user.name, printedAt: pdf.printedAt }} paper={pdf.paper} actions={actions}>
      <p className="report-notice" role="status">{pdf.notice}</p>
      <section className="report-section">
        <table className="report-scores">
          <tbody>
            {details.map(([label, value]) => <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>)}
          </tbody>
        </table>
        {wo.description && <p className="prose">{wo.description}</p>}
      </section>
      <section className="report-section">
        <h2>Resolution</h2>
        {wo.resolutionCode || wo.resolutionSummary ? (
          <>
            {wo.resolutionCode && <p><strong>{resolutionName(wo.resolutionCode)}</strong></p>}
            <p className="prose">{wo.resolutionSummary}</p>
          </>
        ) : <p>Not resolved yet.</p>}
      </section>
      <section className="report-section">
        <h2>Work done</h2>
        {workDone.length === 0 ? <p>Nothing recorded yet.</p> : (
          <ol>{workDone.map((n) => <li key={n.id}>{formatDateTime(n.statusChange?.at ?? n.createdAt)}, {n.authorName}: {describeTimelineEntry(n, people)}</li>)}</ol>
        )}
      </section>
      {answers.length > 0 && (
        <section className="report-section">
          <h2>Checklist</h2>
          <ol>{answers.map((n) => <li key={n.id}>{n.text}</li>)}</ol>
          {ended && <p>{ended.text}</p>}
        </section>
      )}
      <section className="report-section">
        <h2>Time worked</h2>
        {times.length === 0 ? <p>No time recorded.</p> : (
          <>
            <ul>{times.map((n) => <li key={n.id}>{formatDateTime(n.time!.from)}, {person(n.authorId)}: {minutesInWords(spanMinutes(n.time!))}</li>)}</ul>
            <p><strong>Total: {minutesInWords(totalMinutes(times))}</strong></p>
          </>
        )}
      </section>
      <section className="report-section">
        <h2>Client sign-off</h2>
        {signatures.length === 0 ? <p>Not signed.</p> : <div className="report-photos">{signatures.map((p) => <ReportPicture key={p.id} attachment={p} />)}</div>}
      </section>
      {photos.length > 0 && (
        <section className="report-section">
          <h2>Photos</h2>
          <div className="report-photos">{photos.map((p) => <ReportPicture key={p.id} attachment={p} />)}</div>
        </section>
      )}
    </ReportLayout>
  );
}
