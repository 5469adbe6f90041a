import { Group, Paper, Progress, Table, Text } from '@mantine/core';
import type { Reconciliation } from '@shared/domain/inventory/reconciliation';

/** The sweep's counts, always in view: expected, verified, moved in, unknown, remaining, percent; and per room. */
export function SweepProgress({ rec, currentRoom }: { rec: Reconciliation; currentRoom: { building: string; room: string } | null }) {
  const counts: [string, number][] = [
    ['Expected', rec.expected],
    ['Verified', rec.verified],
    ['Moved in', rec.movedIn],
    ['Unknown tags', rec.unknown],
    ['Remaining', rec.remaining],
  ];
  const here = currentRoom ? rec.rooms.find((r) => r.building === currentRoom.building && r.room === currentRoom.room) : undefined;
  return (
    <Paper withBorder p="sm" component="section" aria-label="Progress">
      <Group gap="lg" wrap="wrap">
        <dl className="inventory-counts">
          {counts.map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd data-count={label}>{n}</dd>
            </div>
          ))}
          <div>
            <dt>Done</dt>
            <dd data-count="Done">{rec.percent} %</dd>
          </div>
        </dl>
      </Group>
      <Progress value={rec.percent} aria-label={`${rec.percent} percent of the expected assets accounted for`} mt="xs" />
      {here && (
        <Text size="sm" mt="xs" role="note">
          This room: {here.verified} of {here.expected} verified, {here.movedIn} moved in, {here.remaining} remaining.
        </Text>
      )}
    </Paper>
  );
}

/** Per room: expected, verified, moved in, remaining. */
export function RoomTable({ rec }: { rec: Reconciliation }) {
  return (
    <Table aria-label="Progress by room" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Building</Table.Th>
          <Table.Th>Room</Table.Th>
          <Table.Th>Expected</Table.Th>
          <Table.Th>Verified</Table.Th>
          <Table.Th>Moved in</Table.Th>
          <Table.Th>Remaining</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rec.rooms.map((r) => (
          <Table.Tr key={`${r.building}/${r.room}`}>
            <Table.Td>{r.building}</Table.Td>
            <Table.Td>{r.room}</Table.Td>
            <Table.Td>{r.expected}</Table.Td>
            <Table.Td>{r.verified}</Table.Td>
            <Table.Td>{r.movedIn}</Table.Td>
            <Table.Td>{r.remaining}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
