import { useState } from 'react';
import { Link } from 'wouter';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { supervises } from '@shared/domain/access';
import { useSession } from '../../host/api-context';
import { useSweepSession } from '../../stores/sweep-session';
import { OpenCampaignForm } from './OpenCampaignForm';
import { useInventory } from './use-inventory';

/**
 * The Inventory screen: the open campaigns and their site sweeps to join (offline too, once the
 * campaign has been pulled), the sweep this user paused (resume), and for supervisors opening a
 * campaign, the campaign view and the unknown tags to approve.
 */
export function InventoryPage() {
  const session = useSession();
  const { campaigns, sweeps, loading } = useInventory();
  const spot = useSweepSession((s) => s.active[session.user.id]);
  const [opening, setOpening] = useState(false);
  const supervisor = supervises(session.user.role);
  const paused = spot ? sweeps.find((s) => s.id === spot.sweepId) : undefined;

  return (
    <div className="inventory">
      <Group justify="space-between">
        <Title order={1} size="h2">Inventory</Title>
        <Group gap="xs">
          <Anchor component={Link} href="/unknown-tags">Unknown tags</Anchor>
          {supervisor && !opening && <Button onClick={() => setOpening(true)}>Open a campaign</Button>}
        </Group>
      </Group>
      {paused && (
        <Paper withBorder p="sm" mt="sm">
          <Group justify="space-between">
            <Text>You were sweeping {paused.name}{spot?.room ? `, ${spot.building}, room ${spot.room}` : ''}.</Text>
            <Button component={Link} href={`/sweeps/${paused.id}`}>Resume the sweep of {paused.name}</Button>
          </Group>
        </Paper>
      )}
      {opening && <OpenCampaignForm onOpened={() => setOpening(false)} />}
      {loading ? <Text>Loading…</Text> : campaigns.length === 0 ? (
        <Text mt="md">No inventory campaign is open. A supervisor opens one; its site sweeps then appear here.</Text>
      ) : (
        <Stack mt="md">
          {campaigns.map((c) => {
            const mine = sweeps.filter((s) => s.campaignId === c.id);
            return (
              <Paper key={c.id} withBorder p="md" component="section" aria-label={c.name}>
                <Group justify="space-between">
                  <Title order={2} size="h3">{c.name}</Title>
                  <Group gap="xs">
                    <Badge color={c.status === 'open' ? 'blue' : 'gray'}>{c.status === 'open' ? 'Open' : 'Closed'}</Badge>
                    <Text size="sm">Due {c.dueDate}</Text>
                    {supervisor && <Anchor component={Link} href={`/campaigns/${c.id}`}>Campaign view</Anchor>}
                  </Group>
                </Group>
                {mine.length === 0 ? (
                  <Text c="dimmed" size="sm">Its site sweeps arrive once the server has the campaign.</Text>
                ) : (
                  <Table aria-label={`Sweeps of ${c.name}`}>
                    <Table.Thead><Table.Tr><Table.Th>Site</Table.Th><Table.Th>Expected</Table.Th><Table.Th>State</Table.Th><Table.Th /></Table.Tr></Table.Thead>
                    <Table.Tbody>
                      {mine.map((s) => (
                        <Table.Tr key={s.id}>
                          <Table.Td>{s.name}</Table.Td>
                          <Table.Td>{s.expected?.length ?? 0}</Table.Td>
                          <Table.Td>{s.status === 'finished' ? 'Finished' : 'Open'}</Table.Td>
                          <Table.Td><Anchor component={Link} href={`/sweeps/${s.id}`} aria-label={`Sweep ${s.name}`}>Sweep</Anchor></Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </div>
  );
}
