import { useMemo } from 'react';
import { Link } from 'wouter';
import { Anchor, Button, NativeSelect } from '@mantine/core';
import { Download, Printer } from 'lucide-react';
import { paperSizes, type PaperSize } from '@shared/api/report.contract';
import { localDay, selectAssessments } from '@shared/domain/ergonomics/assessment-list';
import { useSession } from '../../host/api-context';
import { useAssessmentFilters } from '../../stores/assessment-filters';
import { playFeedback } from '../feedback/play-sound';
import { countyName } from '../reports/county-name';
import { ReportLayout } from '../reports/ReportLayout';
import { ReportTableView } from '../reports/ReportTableView';
import { toCsv } from '../reports/report-table';
import { downloadFile, reportFileName } from '../reports/save-file';
import { useNames } from '../work-orders/use-work-orders';
import { useAssessments } from './use-assessments';
import { assessmentsTable } from './assessments-table';
import { ActionLevelCounts } from './ActionLevelCounts';
import { useSavePdf } from '../reports/use-save-pdf';

const title = 'Ergonomic assessments';

/** The list for the periodic safety meeting, with the list's filters and the counts by action level, printed or exported. */
export function AssessmentsReport() {
  const session = useSession();
  const filters = useAssessmentFilters();
  const { assessments, loading } = useAssessments();
  const names = useNames();
  const pdf = useSavePdf(title);
  const { rows, counts } = useMemo(() => selectAssessments(assessments, filters, localDay(new Date())), [assessments, filters]);
  const table = useMemo(() => assessmentsTable(rows, names.sites), [rows, names.sites]);
  const scope = [
    filters.siteId ? (names.sites.get(filters.siteId) ?? 'Unknown site') : 'Every site',
    filters.department ?? 'every department',
    ...(filters.actionLevel ? ['score 5 or more'] : []),
    ...(filters.followUpDue ? ['follow-up due'] : []),
  ].join(' · ');
  const count = `${rows.length} assessment${rows.length === 1 ? '' : 's'}`;

  const exportCsv = () => {
    const fileName = `${reportFileName(title, new Date())}.csv`;
    downloadFile(fileName, toCsv(table), 'text/csv;charset=utf-8');
    pdf.setNotice(`Exported ${count} as ${fileName}.`);
    playFeedback('success');
  };

  const actions = (
    <>
      <Anchor component={Link} href="/ergonomics">Back to the assessments</Anchor>
      <NativeSelect label="Paper" value={pdf.paper} onChange={(e) => pdf.setPaper(e.currentTarget.value as PaperSize)} data={[...paperSizes]} />
      <Button onClick={() => void pdf.savePdf()} disabled={loading} leftSection={<Printer size={16} aria-hidden />}>Print / Save PDF</Button>
      <Button variant="default" onClick={exportCsv} disabled={loading} leftSection={<Download size={16} aria-hidden />}>Export CSV</Button>
    </>
  );
  return (
    <ReportLayout heading={{ county: countyName, title, scope, printedBy: session.user.name, printedAt: pdf.printedAt }} paper={pdf.paper} actions={actions}>
      <p className="report-notice" role="status">{pdf.notice}</p>
      <ActionLevelCounts counts={counts} />
      {loading ? <p>Loading…</p> : <ReportTableView table={table} caption={count} empty="No assessment matches the list's filters." />}
    </ReportLayout>
  );
}
