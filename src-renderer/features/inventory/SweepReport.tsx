import { useMemo } from 'react';
import { Link } from 'wouter';
import { Anchor, Button, NativeSelect } from '@mantine/core';
import { Download, Printer } from 'lucide-react';
import { paperSizes, type PaperSize } from '@shared/api/report.contract';
import { normaliseTag } from '@shared/domain/asset-tag';
import { useSession } from '../../host/api-context';
import { playFeedback } from '../feedback/play-sound';
import { countyName } from '../reports/county-name';
import { useSavePdf } from '../reports/use-save-pdf';
import { ReportLayout } from '../reports/ReportLayout';
import { ReportTableView } from '../reports/ReportTableView';
import { toCsv } from '../reports/report-table';
import { downloadFile, reportFileName } from '../reports/save-file';
import { reconciliationLines, reconciliationSummary } from './site-reconciliation';
import { useSweep } from './use-sweep';

/** The site reconciliation report of a sweep, through the app's one report layout: printed (PDF) and as CSV. */
export function SweepReport({ id }: { id: string }) {
  const session = useSession();
  const { sweep, site, assets, events, reconciliation: rec, loading } = useSweep(id);
  const title = `Site reconciliation: ${site?.name ?? sweep?.name ?? ''}`;
  const { paper, setPaper, printedAt, notice, setNotice, savePdf } = useSavePdf(title);

  const unknown = useMemo(() => {
    const seen = new Map<string, string>();
    for (const e of events) if (e.kind === 'unknown-tag' && !seen.has(normaliseTag(e.tag))) seen.set(normaliseTag(e.tag), `${e.building}, ${e.room}`);
    return [...seen].map(([key, room]) => ({ key, room }));
  }, [events]);
  const summary = useMemo(() => (rec ? reconciliationSummary(rec) : null), [rec]);
  const lines = useMemo(() => (rec ? reconciliationLines(rec, assets, unknown) : null), [rec, assets, unknown]);

  const exportCsv = () => {
    if (!lines) return;
    const fileName = `${reportFileName(title, new Date())}.csv`;
    downloadFile(fileName, toCsv(lines), 'text/csv;charset=utf-8');
    setNotice(`Exported ${lines.rows.length} lines as ${fileName}.`);
    playFeedback('success');
  };

  const actions = (
    <>
      <Anchor component={Link} href={`/sweeps/${id}`}>Back to the sweep</Anchor>
      <NativeSelect label="Paper" value={paper} onChange={(e) => setPaper(e.currentTarget.value as PaperSize)} data={[...paperSizes]} />
      <Button onClick={() => void savePdf()} disabled={loading} leftSection={<Printer size={16} aria-hidden />}>Print / Save PDF</Button>
      <Button variant="default" onClick={exportCsv} disabled={loading} leftSection={<Download size={16} aria-hidden />}>Export CSV</Button>
    </>
  );
  const state = sweep?.status === 'finished' ? 'finished' : 'in progress';
  return (
    <ReportLayout heading={{ county: countyName, title, scope: sweep ? `Sweep ${state}` : undefined, printedBy: session.user.name, printedAt }} paper={paper} actions={actions}>
      <p className="report-notice" role="status">{notice}</p>
      {loading || !summary || !lines ? <p>Loading…</p> : (
        <>
          <ReportTableView table={summary} caption="Counts" empty="" />
          <ReportTableView table={lines} caption={`${lines.rows.length} lines`} empty="Nothing scanned or expected." />
        </>
      )}
    </ReportLayout>
  );
}
