import { useMemo, useState } from 'react';
import type { RxDocument } from 'rxdb';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { answerWords, type AnswerValue, type RunPosition } from '@shared/domain/checklist-run';
import type { ChecklistStep } from '@shared/domain/checklist-template';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError } from '../../ui/plain-error';
import { resolveWith } from '../../stores/resolution-draft';
import { openEscalationForm } from '../../stores/escalation-draft';
import { useReferenceInForce } from '../reference/use-reference';
import { mayEscalate } from '../work-orders/escalation-actions';
import { lastRunTemplate, offeredChecklists, positionOf, recordAnswer, type OfferedChecklist } from './checklist-runs';
import { AnswerControl } from './AnswerControl';

const failed = {
  storageFull: "This device's storage is full, so the answer was not recorded: free some space, then answer again.",
  otherwise: 'The answer could not be recorded on this device: answer again, and reload the app if it keeps failing.',
};

/**
 * A diagnosis checklist run on the work order: pick a template (its category's first), answer
 * step by step, each answer a timeline entry; an exit suggests the resolution, or opens the
 * escalation form filled from the answers. An earlier answer can be changed: the run follows it.
 */
export function ChecklistSection({ doc, timeline }: { doc: RxDocument<WorkOrder>; timeline: readonly WorkOrderNote[] }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const { items: templates } = useReferenceInForce('checklist-template');
  const offered = useMemo(() => offeredChecklists(templates.values(), doc.category), [templates, doc.category]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [revising, setRevising] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = offered.find((t) => t.key === (chosen ?? lastRunTemplate(timeline)));
  // Answers are taken while the work is open; a run on resolved or closed work is its record.
  const open = !['resolved', 'closed', 'cancelled'].includes(doc.status);

  if (offered.length === 0) return null;
  if (!running || picking) {
    if (!open) return null;
    return <ChecklistPicker offered={offered} onStart={(key) => { setChosen(key); setPicking(false); setRevising(null); }} />;
  }

  let position: RunPosition;
  try {
    position = positionOf(running, timeline);
  } catch {
    return <Alert color="orange" title="This checklist cannot be run">Its template leads nowhere from the answers given. Tell a supervisor so the template is corrected.</Alert>;
  }
  const answer = async (step: ChecklistStep, value: AnswerValue) => {
    try {
      await recordAnswer(db, doc.id, user, running, step, value, timeline);
      setRevising(null);
      setError(null);
    } catch (e) {
      setError(plainError(e, failed));
    }
  };
  const revisedStep = revising ? running.checklist.steps.find((s) => s.id === revising) : undefined;
  const current = revisedStep ?? (position.at === 'step' ? position.step : undefined);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="checklist-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="checklist-title">Checklist: {running.name}</Title>
          {open && <Button variant="subtle" size="compact-sm" onClick={() => setPicking(true)}>Use another checklist</Button>}
        </Group>
        {position.path.length > 0 && (
          <ol className="fd-checklist-path" aria-label="Answers given">
            {position.path.map(({ step, value }) => (
              <li key={step.id}>
                <Text span size="sm">{step.question} </Text>
                <Text span size="sm" fw={600}>{answerWords(step, value)}</Text>
                {open && <Button variant="subtle" size="compact-xs" ml="xs" onClick={() => setRevising(step.id)} aria-label={`Change the answer to “${step.question}”`}>Change</Button>}
              </li>
            ))}
          </ol>
        )}
        {open && current && <AnswerControl key={current.id} step={current} onAnswer={(value) => void answer(current, value)} />}
        {!revisedStep && position.at === 'exit' && <ChecklistOutcome position={position} running={running} doc={doc} />}
        {error && <Alert color="red" role="alert">{error}</Alert>}
      </Stack>
    </Paper>
  );
}

function ChecklistPicker({ offered, onStart }: { offered: OfferedChecklist[]; onStart: (key: string) => void }) {
  const [key, setKey] = useState(offered[0]?.key ?? '');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="checklist-title">
      <Title order={2} size="h3" id="checklist-title" mb="sm">Checklist</Title>
      <Group align="end">
        <NativeSelect label="Checklist to run" value={key} onChange={(e) => setKey(e.currentTarget.value)} data={offered.map((t) => ({ value: t.key, label: t.name }))} />
        <Button onClick={() => onStart(key)} disabled={!key}>Start checklist</Button>
      </Group>
    </Paper>
  );
}

/** Where the run ended: the suggested resolution, or an escalation filled from the answers. */
function ChecklistOutcome({ position, running, doc }: { position: Extract<RunPosition, { at: 'exit' }>; running: OfferedChecklist; doc: RxDocument<WorkOrder> }) {
  const { user } = useSession();
  const { items: codes } = useReferenceInForce('resolution-code');
  const { result } = position;
  if (result.outcome === 'resolved') {
    const code = codes.get(result.resolutionCode)?.name ?? result.resolutionCode;
    return (
      <Alert color="green" title="The checklist suggests resolving">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{code}: {result.summary}</Text>
          <Button size="xs" onClick={() => resolveWith(doc.id, { code: result.resolutionCode, summary: result.summary })}>
            Resolve with this
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="orange" title={`The checklist suggests escalating to level ${result.level}`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{result.reason}</Text>
        {mayEscalate(doc, user) && (
          <Button size="xs" onClick={() => openEscalationForm(doc.id, { initialLevel: result.level, initialReason: result.reason, initialTried: `${running.name}:\n${result.tried}` })}>
            Escalate with these answers
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
