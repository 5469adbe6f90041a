import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useRxCollection, useRxDocument } from 'rxdb/plugins/react';
import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { AssetWorkOrder } from '@shared/sync/protocol';
import { statusLabels, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { useApi } from '../../host/api-context';
import { formatDay, workOrderNumber } from '../../ui/format';
import { useAllWorkOrders } from '../work-orders/use-work-orders';
import { useCategoryName } from '../reference/use-reference';
import { assetLine } from './use-asset-lookup';

/** The asset a work order names, in a line, linked to its page; its id when this device does not hold it. */
export function AssetOfWorkOrder({ assetId }: { assetId: string }) {
  const collection = useRxCollection<Asset>('assets');
  const { result: doc, loading } = useRxDocument<Asset>(collection, assetId);
  if (loading) return <>…</>;
  if (!doc) return <>An asset not on this device</>;
  return (
    <Anchor component={Link} href={`/assets/${assetId}`}>
      {assetLine(doc.toJSON() as Asset)}
    </Anchor>
  );
}

type Source = { from: 'device' | 'asking' | 'unreachable' } | { from: 'server'; rows: AssetWorkOrder[] };

const summary = (wo: WorkOrder): AssetWorkOrder => ({
  id: wo.id,
  ...(wo.number ? { number: wo.number } : {}),
  title: wo.title,
  category: wo.category,
  status: wo.status,
  createdAt: wo.createdAt,
  resolutionSummary: wo.resolutionSummary,
});

const sourceWords: Record<Source['from'], string> = {
  server: 'From the server: every work order on this asset.',
  asking: 'From this laptop, while the server is asked for older ones…',
  unreachable: "From this laptop only: the server can't be reached, so older work orders may be missing.",
  device: 'From this laptop.',
};

/**
 * Earlier work on the asset a work order names (DECISIONS #11): what this device holds at once,
 * then the server's answer when it can be reached, which holds what a technician's device does
 * not (closed work older than their queue keeps). The section says which it shows.
 */
export function AssetHistory({ wo }: { wo: WorkOrder & { assetId: string } }) {
  const api = useApi();
  const categoryName = useCategoryName();
  const { rows: held } = useAllWorkOrders();
  const [source, setSource] = useState<Source>({ from: 'asking' });
  useEffect(() => {
    let current = true;
    setSource({ from: 'asking' });
    api['sync:asset-history']({ assetId: wo.assetId }).then(
      (rows) => current && setSource({ from: 'server', rows }),
      () => current && setSource({ from: 'unreachable' }),
    );
    return () => {
      current = false;
    };
  }, [api, wo.assetId]);
  const local = useMemo(() => held.filter((w) => w.assetId === wo.assetId).map(summary), [held, wo.assetId]);
  // The server's answer, with what this device made since and has not sent yet.
  const rows = (source.from === 'server' ? [...source.rows, ...local.filter((l) => !source.rows.some((r) => r.id === l.id))] : local)
    .filter((r) => r.id !== wo.id)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="asset-history-title">
      <Title order={2} size="h3" id="asset-history-title">Earlier work on this asset</Title>
      <Text size="sm" c="dimmed" mb="xs" data-testid="asset-history-source">{sourceWords[source.from]}</Text>
      {rows.length === 0 ? (
        <Text size="sm">No other work order names this asset.</Text>
      ) : (
        <Table aria-label="Earlier work on this asset">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Work order</Table.Th>
              <Table.Th>Opened</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>What was done</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td className="wrap">
                  <Anchor component={Link} href={`/work-orders/${r.id}`}>{workOrderNumber(r.number)}</Anchor> {r.title} <Text span c="dimmed" size="sm">({categoryName(r.category)})</Text>
                </Table.Td>
                <Table.Td>{formatDay(r.createdAt)}</Table.Td>
                <Table.Td>{statusLabels[r.status as WorkOrderStatus] ?? r.status}</Table.Td>
                <Table.Td className="wrap">{r.resolutionSummary || '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
