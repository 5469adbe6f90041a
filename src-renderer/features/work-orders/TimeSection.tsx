import { useState } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Button, Group, NumberInput, Paper, Table, Text, Title } from '@mantine/core';
import { manualSpan, minutesInWords, totalMinutes, totalsByTechnicianAndDay } from '@shared/domain/time-entries';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { formatDay, formatTime } from '../../ui/format';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { useNow } from '../../ui/use-now';
import { timerKey, useRunningTimers } from '../../stores/running-timers';
import { addTimeEntry } from './time-entry-actions';

const failureWords: FailureWords = {
  storageFull: "This device's storage is full, so the time was not added: free some space, then add it again.",
  otherwise: 'The time could not be added on this device: add it again, and reload the app if it keeps failing.',
};

/** The local day of an instant, "YYYY-MM-DD", for the totals per day. */
const localDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Props = { workOrderId: string; entries: readonly WorkOrderNote[]; people: ReadonlyMap<string, string> };

/** Time worked on the work order: a timer to start and stop, time typed in, and the totals. */
export function TimeSection({ workOrderId, entries, people }: Props) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const key = timerKey(user.id, workOrderId);
  const running = useRunningTimers((s) => s.startedAt[key]);
  const { start, stop } = useRunningTimers();
  const now = useNow(15_000);
  const [minutes, setMinutes] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const times = entries.filter((e) => e.kind === 'time-entry' && e.time);
  const perDay = totalsByTechnicianAndDay(times, localDay);

  const act = async (work: () => Promise<void>) => {
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  const stopTimer = () =>
    act(async () => {
      if (!running) return;
      stop(key);
      await addTimeEntry(db, workOrderId, user, { from: running, to: new Date().toISOString() }, true);
    });
  const addManual = () =>
    act(async () => {
      const typed = Number(minutes);
      if (!Number.isInteger(typed) || typed < 1) return;
      await addTimeEntry(db, workOrderId, user, manualSpan(typed, new Date()), false);
      setMinutes('');
    });
  const elapsed = running ? Math.max(0, Math.floor((now.getTime() - Date.parse(running)) / 60_000)) : 0;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="time-title">
      <Title order={2} id="time-title" mb="sm">Time</Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {running ? (
          <>
            <Text data-testid="timer-running" mb={6}>Timer running since {formatTime(running)} · {minutesInWords(elapsed)}</Text>
            <Button onClick={() => void stopTimer()}>Stop timer</Button>
          </>
        ) : (
          <Button variant="default" onClick={() => start(key, new Date().toISOString())}>Start timer</Button>
        )}
        <NumberInput label="Minutes worked" value={minutes} onChange={setMinutes} min={1} max={1440} allowDecimal={false} w={160} />
        <Button variant="default" onClick={() => void addManual()} disabled={!(Number(minutes) >= 1)}>Add time</Button>
      </Group>
      {error && <Alert role="alert" color="red" mt="sm">{error}</Alert>}
      <Text mt="sm" fw={600} data-testid="time-total">Time worked: {minutesInWords(totalMinutes(times))}</Text>
      {perDay.length > 0 && (
        <Table mt="xs" aria-label="Time per technician per day" withRowBorders={false}>
          <Table.Thead>
            <Table.Tr><Table.Th>Day</Table.Th><Table.Th>Technician</Table.Th><Table.Th>Time</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {perDay.map((t) => (
              <Table.Tr key={`${t.day}-${t.authorId}`}>
                <Table.Td>{formatDay(`${t.day}T12:00:00.000Z`)}</Table.Td>
                <Table.Td>{people.get(t.authorId) ?? 'Someone not on this device'}</Table.Td>
                <Table.Td>{minutesInWords(t.minutes)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
