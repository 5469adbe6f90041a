import { useState, type FormEvent } from 'react';
import type { RxDocument } from 'rxdb';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Button, Group, Paper } from '@mantine/core';
import { isOpen } from '@shared/domain/work-order-status';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { AssignPicker } from './AssignPicker';
import { assignWorkOrders } from './assignment-actions';

const failureWords: FailureWords = {
  storageFull: "This device's storage is full, so the work order was not assigned: free some space, then assign it again.",
  otherwise: 'The work order could not be assigned on this device: assign it again, and reload the app if it keeps failing.',
};

/** A supervisor assigns or reassigns the work order (open work only). */
export function AssignForm({ doc }: { doc: RxDocument<WorkOrder> }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const [assignee, setAssignee] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!isOpen(doc.status)) return null;
  const chosen = assignee && assignee !== doc.assigneeId ? assignee : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    try {
      await assignWorkOrders(db, [doc], user, chosen);
      setAssignee(null);
      setError(null);
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={(e) => void submit(e)} aria-label="Assign">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <AssignPicker value={assignee} onChange={setAssignee} label={doc.assigneeId ? 'Reassign to' : 'Assign to'} />
        <Button type="submit" disabled={!chosen}>{doc.assigneeId ? 'Reassign' : 'Assign'}</Button>
      </Group>
      {error && <Alert role="alert" color="red" mt="sm">{error}</Alert>}
    </Paper>
  );
}
