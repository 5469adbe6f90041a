import { useMemo } from 'react';
import { Link } from 'wouter';
import { useLiveRxQuery, useRxCollection, useRxDocument } from 'rxdb/plugins/react';
import { Anchor, Button, NativeSelect, Text } from '@mantine/core';
import { Printer } from 'lucide-react';
import { paperSizes, type PaperSize } from '@shared/api/report.contract';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { liveRosaScore, rosaFindingsOf } from '@shared/domain/ergonomics/rosa-draft';
import { oshaItems } from '@shared/domain/ergonomics/osha-checklist';
import { oshaItemName } from '@shared/domain/ergonomics/osha-answers';
import { rosaMethod } from '@shared/domain/ergonomics/claims';
import { rosaDurations, rosaItems } from '@shared/domain/ergonomics/rosa-items';
import type { TimedPart } from '@shared/domain/ergonomics/answer-notes';
import { useSession } from '../../host/api-context';
import { workOrderNumber } from '../../ui/format';
import { countyName } from '../reports/county-name';
import { ReportLayout } from '../reports/ReportLayout';
import { useOwnerAttachments } from '../attachments/use-attachments';
import { ReportPicture } from '../reports/ReportPicture';
import { AssessmentSummary } from './AssessmentSummary';
import { riskWords, scoreLabels } from './LiveScore';
import { findingWords } from './finding-words';
import { useSavePdf } from '../reports/use-save-pdf';

const title = 'Ergonomic workstation assessment';

/** "Monitor, more than 4 hours a day, or more than 1 hour at a stretch": a part and the time category picked for it. */
function timeWords(a: ErgonomicAssessment, part: TimedPart): string {
  const duration = part === 'chair' ? a.rosa.chair?.duration : a.rosa[part]?.duration;
  const category = rosaDurations.find((d) => d.value === duration)?.label ?? 'no time picked yet';
  return `${part === 'chair' ? 'Chair' : rosaItems[part].name}, ${category.charAt(0).toLowerCase()}${category.slice(1)}`;
}

/** The printable assessment (the shared report layout): who, when, by whom, the score with its sub-scores, risk, findings, recommendations, pictures. */
export function AssessmentReport({ id }: { id: string }) {
  const session = useSession();
  const collection = useRxCollection<ErgonomicAssessment>('ergonomic_assessments');
  const { result: doc, loading } = useRxDocument<ErgonomicAssessment>(collection, id);
  const pdf = useSavePdf(title);
  const a = doc?.toJSON() as ErgonomicAssessment | undefined;
  const woIds = useMemo(() => (a?.recommendations ?? []).flatMap((r) => (r.workOrderId ? [r.workOrderId] : [])), [a?.recommendations]);
  const woQuery = useMemo(() => ({ selector: { id: { $in: woIds } } }), [woIds]);
  const { results: wos } = useLiveRxQuery<WorkOrder>({ collection: 'work_orders', query: woQuery });
  const pictures = useOwnerAttachments({ collection: 'ergonomic-assessments', id });

  if (loading) return <Text>Loading…</Text>;
  if (!a) return <Text>This assessment is not on this device. <Anchor component={Link} href="/ergonomics">Back to the assessments</Anchor></Text>;
  const score = liveRosaScore(a.rosa);
  const findings = rosaFindingsOf(a.rosa);
  const reasons = Object.entries(a.durationWhy ?? {}) as [TimedPart, string][];
  const noes = oshaItems.filter((item) => a.osha?.items[item.id]?.answer === 'no');
  const numbers = new Map(wos.map((w) => [w.id, workOrderNumber(w.number)]));

  const actions = (
    <>
      <Anchor component={Link} href={`/ergonomics/${a.id}`}>Back to the assessment</Anchor>
      <NativeSelect label="Paper" value={pdf.paper} onChange={(e) => pdf.setPaper(e.currentTarget.value as PaperSize)} data={[...paperSizes]} />
      <Button onClick={() => void pdf.savePdf()} leftSection={<Printer size={16} aria-hidden />}>Print / Save PDF</Button>
    </>
  );
  return (
    <ReportLayout heading={{ county: countyName, title, scope: `${a.employee.name}${a.employee.department ? ` · ${a.employee.department}` : ''}`, printedBy: session.user.name, printedAt: pdf.printedAt }} paper={pdf.paper} actions={actions}>
      <p className="report-notice" role="status">{pdf.notice}</p>
      <AssessmentSummary assessment={a} />
      <section className="report-section">
        <h2>Score</h2>
        <table className="report-scores">
          <tbody>
            {(Object.keys(scoreLabels) as (keyof typeof scoreLabels)[]).map((key) => (
              <tr key={key}><th scope="row">{scoreLabels[key]}</th><td>{score[key] ?? 'Not scored yet'}</td></tr>
            ))}
            <tr><th scope="row">Action level</th><td>{riskWords(score)}</td></tr>
          </tbody>
        </table>
        <p>Method: {rosaMethod.name}, {rosaMethod.citation}</p>
      </section>
      <section className="report-section">
        <h2>Findings</h2>
        {findings.length === 0 ? <p>No answer raised the score.</p> : <ul>{findings.map((f) => <li key={f}>{findingWords(f, a.noArmrests)}</li>)}</ul>}
        {reasons.length > 0 && (
          <>
            <h3>Time categories picked where the hours a day and the longest stretch disagree</h3>
            <ul>{reasons.map(([part, why]) => <li key={part}>{timeWords(a, part)}: {why}</li>)}</ul>
          </>
        )}
        {noes.length > 0 && (
          <>
            <h3>OSHA checklist: answered no</h3>
            <ul>{noes.map((item) => <li key={item.id}>{oshaItemName(item)}: {item.text} {a.osha?.items[item.id]?.note ? `(${a.osha.items[item.id]?.note})` : ''}</li>)}</ul>
          </>
        )}
      </section>
      <section className="report-section">
        <h2>Recommendations</h2>
        {a.recommendations.length === 0 ? <p>None.</p> : (
          <ol>{a.recommendations.map((r) => <li key={r.id}>{r.text}{r.workOrderId ? ` (equipment work order ${numbers.get(r.workOrderId) ?? 'requested'})` : ''}</li>)}</ol>
        )}
      </section>
      {a.notes && <section className="report-section"><h2>Notes</h2><p className="prose">{a.notes}</p></section>}
      {pictures.length > 0 && (
        <section className="report-section">
          <h2>Photos and signatures</h2>
          <div className="report-photos">{pictures.map((p) => <ReportPicture key={p.id} attachment={p} />)}</div>
        </section>
      )}
    </ReportLayout>
  );
}
