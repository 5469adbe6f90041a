import { useMemo } from 'react';
import { Link } from 'wouter';
import { Anchor, Button, NativeSelect } from '@mantine/core';
import { Download, Printer } from 'lucide-react';
import { paperSizes, type PaperSize } from '@shared/api/report.contract';
import { useSession } from '../../host/api-context';
import { scopeFor, useWorkOrderFilters } from '../../stores/work-order-filters';
import { useSites, useWorkOrders } from '../work-orders/use-work-orders';
import { playFeedback } from '../feedback/play-sound';
import { countyName } from './county-name';
import { openWorkOrdersTable } from './open-work-orders';
import { useSavePdf } from './use-save-pdf';
import { ReportLayout } from './ReportLayout';
import { ReportTableView } from './ReportTableView';
import { describeScope } from './report-scope';
import { toCsv } from './report-table';
import { downloadFile, reportFileName } from './save-file';
import { usePeopleNames } from './use-names';

const title = 'Open work orders';

/** A supervisor's printout of the open work orders the list shows (its Show, Site and Priority filters, its sort). */
export function OpenWorkOrdersReport() {
  const session = useSession();
  const filters = useWorkOrderFilters();
  const { workOrders, loading } = useWorkOrders({ openOnly: true });
  const { byId: sites } = useSites();
  const people = usePeopleNames();
  const { paper, setPaper, printedAt, notice, setNotice, savePdf } = useSavePdf(title);

  const siteNames = useMemo(() => new Map([...sites].map(([id, site]) => [id, site.name])), [sites]);
  const table = useMemo(() => openWorkOrdersTable(workOrders, { sites: siteNames, people }), [workOrders, siteNames, people]);
  const siteName = filters.siteId ? (siteNames.get(filters.siteId) ?? 'Unknown site') : null;
  const scope = describeScope({ scope: scopeFor(filters, session.user), siteName, priority: filters.priority }, session.user.name);
  const count = `${table.rows.length} open work order${table.rows.length === 1 ? '' : 's'}`;


  const exportCsv = () => {
    const fileName = `${reportFileName(title, new Date())}.csv`;
    downloadFile(fileName, toCsv(table), 'text/csv;charset=utf-8');
    setNotice(`Exported ${count} as ${fileName}.`);
    playFeedback('success');
  };

  const actions = (
    <>
      <Anchor component={Link} href="/">Back to work orders</Anchor>
      <NativeSelect label="Paper" value={paper} onChange={(e) => setPaper(e.currentTarget.value as PaperSize)} data={[...paperSizes]} />
      <Button onClick={() => void savePdf()} disabled={loading} leftSection={<Printer size={16} aria-hidden />}>
        Print / Save PDF
      </Button>
      <Button variant="default" onClick={exportCsv} disabled={loading} leftSection={<Download size={16} aria-hidden />}>
        Export CSV
      </Button>
    </>
  );

  return (
    <ReportLayout heading={{ county: countyName, title, scope, printedBy: session.user.name, printedAt }} paper={paper} actions={actions}>
      <p className="report-notice" role="status">{notice}</p>
      {loading ? <p>Loading…</p> : <ReportTableView table={table} caption={count} empty="No open work orders match the list's filters." />}
    </ReportLayout>
  );
}
