import { useEffect, useState, type FormEvent } from 'react';
import type { RxDocument } from 'rxdb';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { referralLevels, type SupportLevel } from '@shared/domain/escalation';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { useEscalationDraft, type EscalationPrefill } from '../../stores/escalation-draft';
import { escalateWorkOrder, mayEscalate } from './escalation-actions';

const failureWords: FailureWords = {
  storageFull: "This device's storage is full, so the work order was not escalated: free some space, then escalate it again. What you typed is still here.",
  otherwise: 'The work order could not be escalated on this device: escalate it again, and reload the app if it keeps failing. What you typed is still here.',
};

type Props = EscalationPrefill & { doc: RxDocument<WorkOrder>; /** Open at once (with the initial values) rather than behind its button. */ open?: boolean };

/**
 * Refers the work order to a higher support level: the level, why (required) and what was tried.
 * Shown to its assignee and to supervisors while the work is open. `openEscalationForm`
 * (../../stores/escalation-draft.ts) opens it pre-filled from elsewhere (a checklist's exit).
 */
export function EscalateForm({ doc, initialLevel, initialReason = '', initialTried = '', open = false }: Props) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const levels = referralLevels(doc.supportLevel);
  // A suggested level that is not above the work order's falls back to the next one up.
  const first = (level?: number): SupportLevel => levels.find((l) => l === level) ?? levels[0] ?? 3;
  const [shown, setShown] = useState(open);
  const [level, setLevel] = useState<SupportLevel>(first(initialLevel));
  const [reason, setReason] = useState(initialReason);
  const [tried, setTried] = useState(initialTried);
  const [error, setError] = useState<string | null>(null);
  const draft = useEscalationDraft();
  useEffect(() => {
    if (draft.workOrderId !== doc.id || draft.opened === 0) return;
    setShown(true);
    setLevel(first(draft.prefill.initialLevel));
    setReason(draft.prefill.initialReason ?? '');
    setTried(draft.prefill.initialTried ?? '');
    // Taken: coming back to this page later does not open it again.
    useEscalationDraft.setState({ workOrderId: null, prefill: {} });
    // Only a new request to open fills the form again (not every render of the work order).
  }, [draft.opened, draft.workOrderId, doc.id]);

  if (!mayEscalate(doc, user)) return null;
  if (!shown) {
    return (
      <Group>
        <Button variant="default" onClick={() => setShown(true)}>Escalate…</Button>
      </Group>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    try {
      await escalateWorkOrder(db, doc, user, { level, reason, tried });
      setShown(false);
      setReason('');
      setTried('');
      setError(null);
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={(e) => void submit(e)} aria-labelledby="escalate-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="escalate-title">Escalate</Title>
        <Text size="sm" c="dimmed">The work order goes back to the queue of the level you choose, unassigned, with its whole history.</Text>
        <NativeSelect
          label="Escalate to"
          value={String(level)}
          onChange={(e) => setLevel(Number(e.currentTarget.value) as SupportLevel)}
          data={levels.map((l) => ({ value: String(l), label: `Level ${l}` }))}
          w={200}
        />
        <Textarea label="Reason for escalating" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} rows={2} />
        <Textarea label="What was tried" value={tried} onChange={(e) => setTried(e.currentTarget.value)} maxLength={4000} rows={3} />
        <Group gap="sm">
          <Button type="submit" disabled={!reason.trim()}>Escalate to level {level}</Button>
          <Button variant="subtle" onClick={() => setShown(false)}>Cancel</Button>
        </Group>
        {error && <Alert role="alert" color="red">{error}</Alert>}
      </Stack>
    </Paper>
  );
}
