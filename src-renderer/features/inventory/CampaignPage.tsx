import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Anchor, Button, Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import type { AssetEvent } from '@shared/schema/asset-event.schema';
import { reconcile } from '@shared/domain/inventory/reconciliation';
import { assetsToLookFor } from '@shared/domain/inventory/assets-to-look-for';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { AssetList } from './AssetList';
import { useInventory } from './use-inventory';

/**
 * A supervisor's view of a campaign: each site done (finished), in progress (scanned) or not
 * started, with its counts; and, across the county, the assets never verified or not verified in
 * over a year (assets-to-look-for.ts; one query of the register, listed virtualised). Closing the campaign is here too.
 */
export function CampaignPage({ id }: { id: string }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const session = useSession();
  const { campaigns, sweeps } = useInventory();
  const campaign = campaigns.find((c) => c.id === id);
  const mine = useMemo(() => sweeps.filter((s) => s.campaignId === id), [sweeps, id]);
  const [events, setEvents] = useState<AssetEvent[]>([]);
  const [assets, setAssets] = useState<Asset[] | null>(null);
  const [which, setWhich] = useState<'never' | 'old'>('never');
  const sweepIds = useMemo(() => mine.map((s) => s.id), [mine]);
  useEffect(() => {
    const sub = db.asset_events.find({ selector: { sweepId: { $in: sweepIds } } }).$.subscribe((docs) => setEvents(docs.map((d) => d.toJSON() as AssetEvent)));
    return () => sub.unsubscribe();
  }, [db, sweepIds]);
  useEffect(() => {
    void db.assets.find({ selector: {} }).exec().then((docs) => setAssets(docs.map((d) => d.toJSON() as Asset)));
  }, [db]);

  const rows = useMemo(() => mine.map((s) => {
    const own = events.filter((e) => e.sweepId === s.id);
    const rec = reconcile({ siteId: s.siteId ?? '', expected: s.expected ?? [] }, own);
    const state = s.status === 'finished' ? 'Done' : own.length > 0 ? 'In progress' : 'Not started';
    return { sweep: s, rec, state };
  }), [mine, events]);
  const tally = (state: string) => rows.filter((r) => r.state === state).length;
  const { never, overAYear: old } = useMemo(() => assetsToLookFor(assets ?? [], Date.now()), [assets]);

  const close = async () => {
    const doc = await db.inventory.findOne(id).exec();
    const at = new Date().toISOString();
    await doc?.incrementalPatch({ status: 'closed', closedAt: at, closedBy: session.user.id, updatedAt: at, updatedBy: session.user.id });
  };

  if (!campaign) return <Text>This campaign is not on this device.</Text>;
  return (
    <div className="inventory">
      <Group justify="space-between">
        <Title order={1} size="h2">{campaign.name}</Title>
        <Group gap="xs">
          <Anchor component={Link} href="/">Back to inventory</Anchor>
          {campaign.status === 'open' && <Button variant="default" onClick={() => void close()}>Close the campaign</Button>}
        </Group>
      </Group>
      <Text>Due {campaign.dueDate}. {campaign.status === 'closed' ? 'Closed.' : 'Open.'}</Text>
      <Text mt="xs" role="note">Sites done: {tally('Done')}, in progress: {tally('In progress')}, not started: {tally('Not started')}.</Text>
      <Table aria-label="Sites of the campaign" mt="sm" striped>
        <Table.Thead>
          <Table.Tr><Table.Th>Site</Table.Th><Table.Th>State</Table.Th><Table.Th>Expected</Table.Th><Table.Th>Verified</Table.Th><Table.Th>Moved in</Table.Th><Table.Th>Missing</Table.Th><Table.Th>Remaining</Table.Th><Table.Th>Unknown</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ sweep, rec, state }) => (
            <Table.Tr key={sweep.id}>
              <Table.Td>{sweep.name}</Table.Td><Table.Td>{state}</Table.Td><Table.Td>{rec.expected}</Table.Td><Table.Td>{rec.verified}</Table.Td>
              <Table.Td>{rec.movedIn}</Table.Td><Table.Td>{rec.missing}</Table.Td><Table.Td>{rec.remaining}</Table.Td><Table.Td>{rec.unknown}</Table.Td>
              <Table.Td><Anchor component={Link} href={`/sweeps/${sweep.id}/report`} aria-label={`Report of ${sweep.name}`}>Report</Anchor></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="sm" mt="md" component="section" aria-labelledby="unverified">
        <Title order={2} size="h3" id="unverified">Assets to look for across the county</Title>
        <SegmentedControl
          value={which}
          onChange={(v) => setWhich(v as 'never' | 'old')}
          data={[{ value: 'never', label: `Never verified (${never.length})` }, { value: 'old', label: `Not verified in over a year (${old.length})` }]}
          aria-label="Which assets"
          my="xs"
        />
        {assets === null ? <Text>Loading…</Text> : <AssetList assets={which === 'never' ? never : old} label={which === 'never' ? 'Never verified' : 'Not verified in over a year'} empty="None." height={400} />}
      </Paper>
    </div>
  );
}
