import { Link } from 'wouter';
import { useRxCollection, useRxDocument } from 'rxdb/plugins/react';
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import { useSites } from '../work-orders/use-work-orders';

/**
 * An asset reached by its tag from the command palette: what this device holds about it. The
 * assets screen itself (editing, history, sweeps) is still to come.
 */
export function AssetSummary({ id }: { id: string }) {
  const collection = useRxCollection<Asset>('assets');
  const { result: doc, loading } = useRxDocument<Asset>(collection, id);
  const { byId: sites } = useSites();
  if (loading) return <Text>Loading…</Text>;
  if (!doc) return <Text>This asset is not on this device.</Text>;
  const asset = doc.toJSON() as Asset;
  const site = sites.get(asset.siteId)?.name ?? 'Unknown site';
  const rows: [string, string][] = [
    ['Tag', asset.tag],
    ['Make and model', `${asset.make} ${asset.model}`],
    ['Serial number', asset.serialNumber],
    ['Manufacturer barcodes', asset.manufacturerBarcodes?.join(', ') || 'None recorded'],
    ['Location', `${site}, ${asset.building}, room ${asset.room}`],
    ['Assigned to', asset.assignedEmployee || 'Nobody'],
  ];
  return (
    <Paper withBorder p="lg" maw={720}>
      <Stack gap="sm">
        <Title order={1} className="wrap">Asset {asset.tag}</Title>
        <Table aria-label="Asset details">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={180}>{label}</Table.Th>
                <Table.Td className="wrap">{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text c="dimmed" size="sm">The assets screen, with the asset&apos;s history and editing, is coming.</Text>
        <Anchor component={Link} href="/assets">All assets</Anchor>
      </Stack>
    </Paper>
  );
}
