import { useState } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { AssignPicker } from './AssignPicker';
import { assignWorkOrders } from './assignment-actions';

const failureWords: FailureWords = {
  storageFull: "This device's storage is full, so the work orders were not assigned: free some space, then assign them again.",
  otherwise: 'The work orders could not be assigned on this device: assign them again, and reload the app if it keeps failing.',
};

type Props = { selected: ReadonlySet<string>; onDone(): void };

/** What a supervisor does with the rows they ticked: assign them all to one technician. */
export function AssignSelectedBar({ selected, onDone }: Props) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const [assignee, setAssignee] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (selected.size === 0) return null;
  const assign = async () => {
    if (!assignee) return;
    try {
      const docs = await db.work_orders.findByIds([...selected]).exec();
      await assignWorkOrders(db, [...docs.values()], user, assignee);
      setAssignee(null);
      setError(null);
      onDone();
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  const count = `${selected.size} work order${selected.size === 1 ? '' : 's'} selected`;
  return (
    <Paper withBorder p="xs" role="region" aria-label="Selected work orders">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text fw={600} mb={6} data-testid="selected-count">{count}</Text>
        <AssignPicker value={assignee} onChange={setAssignee} />
        <Button disabled={!assignee} onClick={() => void assign()}>Assign selected</Button>
        <Button variant="subtle" onClick={onDone}>Clear selection</Button>
      </Group>
      {error && <Alert role="alert" color="red" mt="sm">{error}</Alert>}
    </Paper>
  );
}
