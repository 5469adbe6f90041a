import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { RxDocument } from 'rxdb';
import { Alert, Button, Group, NativeSelect, Paper, Text, Textarea } from '@mantine/core';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { holdReasonLabels, holdReasons, statusLabels, type HoldReason, type WorkOrderStatus } from '@shared/domain/work-order-status';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { changeStatus } from './work-order-actions';
import { asksForResolution, lackWords, offeredSteps, stepLacks, takesIt } from './status-choices';
import { useMe } from './use-me';
import { useReferenceInForce } from '../reference/use-reference';
import { useResolutionDraft } from '../../stores/resolution-draft';

const failureWords: FailureWords = {
  storageFull: 'This device\'s storage is full, so the status was not changed: free some space, then save it again.',
  otherwise: 'The status could not be changed on this device: save it again, and reload the app if it keeps failing.',
};

/**
 * Moves the work order to one of the statuses this user may take it to next, asking for what that
 * status needs. A technician who starts unassigned work becomes its assignee with the same save.
 */
export function StatusForm({ doc }: { doc: RxDocument<WorkOrder> }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const user = useMe();
  const options = offeredSteps(doc, user);
  const [to, setTo] = useState<WorkOrderStatus | ''>('');
  const [holdReason, setHoldReason] = useState<HoldReason>('waiting-for-parts');
  const [code, setCode] = useState('');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const needsId = useId();
  const codes = useResolutionCodes();
  // A checklist that ended in "resolved" fills the form with its suggestion.
  const draft = useResolutionDraft();
  useEffect(() => {
    if (draft.workOrderId !== doc.id || draft.opened === 0) return;
    setTo('resolved');
    setCode(draft.prefill.code);
    setSummary(draft.prefill.summary);
  }, [draft.opened, draft.workOrderId, draft.prefill, doc.id]);

  if (options.length === 0) {
    return <Text c="dimmed" data-testid="status-form-none">{noStepWords(doc.status)}</Text>;
  }
  // A step chosen before the work order changed under it (a sync, another tab) is no longer offered.
  const step = to && options.includes(to) ? to : '';
  const lacks = step ? stepLacks(doc, user, { to: step, resolutionCode: code, resolutionSummary: summary }) : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!step || lacks) return;
    try {
      await changeStatus(db, doc, user, { to: step, holdReason, resolutionCode: code, resolutionSummary: summary });
      setTo('');
      setCode('');
      setSummary('');
      setError(null);
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  return (
    <Paper component="form" withBorder p="md" onSubmit={(e) => void submit(e)} aria-label="Change status">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="New status"
          value={step}
          onChange={(e) => setTo(e.currentTarget.value as WorkOrderStatus)}
          data={[{ value: '', label: 'Choose…' }, ...options.map((s) => ({ value: s, label: statusLabels[s] }))]}
        />
        {step === 'on-hold' && (
          <NativeSelect
            label="Hold reason"
            value={holdReason}
            onChange={(e) => setHoldReason(e.currentTarget.value as HoldReason)}
            data={holdReasons.map((r) => ({ value: r, label: holdReasonLabels[r] }))}
          />
        )}
        <Button type="submit" disabled={!step || lacks !== null} aria-describedby={lacks ? needsId : undefined}>Save status</Button>
      </Group>
      {step && asksForResolution(doc, step) && (
        <>
          <NativeSelect
            label="Resolution code"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            data={[{ value: '', label: 'How was it resolved?' }, ...codes]}
            mt="sm"
          />
          <Textarea label="Resolution summary" value={summary} onChange={(e) => setSummary(e.currentTarget.value)} maxLength={4000} rows={3} mt="sm" />
        </>
      )}
      {step && lacks && <Text id={needsId} size="sm" c="dimmed" mt="xs" data-testid="status-form-needs">{lackWords(lacks, step, doc, user)}</Text>}
      {step && !lacks && takesIt(doc, user, step) && <Text size="sm" c="dimmed" mt="xs">Saving makes you its assignee.</Text>}
      {error && <Alert role="alert" color="red" mt="sm">{error}</Alert>}
    </Paper>
  );
}

/** The county's resolution codes to choose from, by name; the one for work resolved before codes were kept is not offered. */
function useResolutionCodes(): { value: string; label: string }[] {
  const { items } = useReferenceInForce('resolution-code');
  return useMemo(
    () =>
      [...items.values()]
        .filter((c) => !c.resolution?.legacy)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => ({ value: c.key, label: c.name })),
    [items],
  );
}

function noStepWords(status: WorkOrderStatus): string {
  if (status === 'closed' || status === 'cancelled') return `This work order is ${statusLabels[status].toLowerCase()}: it cannot be reopened.`;
  return `This work order is ${statusLabels[status].toLowerCase()}.`;
}
