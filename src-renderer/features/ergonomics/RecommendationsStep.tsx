import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { v7 as uuidv7 } from 'uuid';
import type { RxDocument } from 'rxdb';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { AssessmentRecommendation, ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { rosaFindingsOf } from '@shared/domain/ergonomics/rosa-draft';
import { suggestedRecommendations, type CatalogueRecommendation } from '@shared/domain/ergonomics/recommendations';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { changeAssessment, useCatalogue } from './use-assessments';
import { requestEquipment } from './equipment-actions';
import { workOrderNumber } from '../../ui/format';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { WorkOrder } from '@shared/schema/work-order.schema';

const fromCatalogue = (r: CatalogueRecommendation): AssessmentRecommendation => ({
  id: uuidv7(), catalogueId: r.id, text: r.text, findings: [...r.findings], ...(r.equipment ? { equipment: r.equipment } : {}),
});

/**
 * Recommendations: suggested from the catalogue by the answers that scored, or typed; each can
 * become an equipment work order in one action, linked both ways.
 */
export function RecommendationsStep({ db, doc }: { db: FieldDeskDatabase; doc: RxDocument<ErgonomicAssessment> }) {
  const session = useSession();
  const catalogue = useCatalogue();
  const assessment = doc.toJSON() as ErgonomicAssessment;
  const suggested = suggestedRecommendations(catalogue.recommendations, rosaFindingsOf(assessment.rosa), assessment.recommendations);
  const [text, setText] = useState('');
  const [equipment, setEquipment] = useState('');
  const change = (fn: (data: ErgonomicAssessment) => void) => changeAssessment(doc, session.user.id, fn);

  const addTyped = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    await change((data) => void data.recommendations.push({ id: uuidv7(), text: text.trim(), ...(equipment.trim() ? { equipment: equipment.trim() } : {}) }));
    setText('');
    setEquipment('');
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" component="section" aria-labelledby="given-title">
        <Title order={3} size="h4" id="given-title">Recommended</Title>
        {assessment.recommendations.length === 0 ? (
          <Text size="sm" c="dimmed">No recommendations yet.</Text>
        ) : (
          <ul className="fd-recommendations" aria-label="Recommendations given">
            {assessment.recommendations.map((r) => (
              <GivenRecommendation key={r.id} recommendation={r} db={db} doc={doc} onRemove={() => void change((data) => void (data.recommendations = data.recommendations.filter((x) => x.id !== r.id)))} />
            ))}
          </ul>
        )}
      </Paper>
      <Paper withBorder p="sm" component="section" aria-labelledby="suggested-title">
        <Title order={3} size="h4" id="suggested-title">Suggested from the answers</Title>
        {suggested.length === 0 ? (
          <Text size="sm" c="dimmed">Nothing to suggest: no answer that scored has a recommendation left to add.</Text>
        ) : (
          <ul className="fd-recommendations" aria-label="Suggested recommendations">
            {suggested.map((r) => (
              <li key={r.id}>
                <Text size="sm">{r.text}{r.equipment && <Text span c="dimmed"> (equipment: {r.equipment})</Text>}</Text>
                <Button size="xs" variant="light" onClick={() => void change((data) => void data.recommendations.push(fromCatalogue(r)))} aria-label={`Add: ${r.text}`}>Add</Button>
              </li>
            ))}
          </ul>
        )}
        {catalogue.note && <Text size="xs" c="dimmed" mt="xs">{catalogue.note}</Text>}
      </Paper>
      <Paper withBorder p="sm" component="form" onSubmit={(e) => void addTyped(e)} aria-label="Add a recommendation of your own">
        <Title order={3} size="h4">Add a recommendation of your own</Title>
        <Textarea label="Recommendation" value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
        <TextInput label="Equipment to order (if any)" value={equipment} onChange={(e) => setEquipment(e.currentTarget.value)} maxLength={120} />
        <Button type="submit" mt="xs" variant="default" disabled={text.trim() === ''}>Add recommendation</Button>
      </Paper>
    </Stack>
  );
}

function GivenRecommendation({ recommendation: r, db, doc, onRemove }: { recommendation: AssessmentRecommendation; db: FieldDeskDatabase; doc: RxDocument<ErgonomicAssessment>; onRemove: () => void }) {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const query = useMemo(() => ({ selector: { id: r.workOrderId ?? '' } }), [r.workOrderId]);
  const { results } = useLiveRxQuery<WorkOrder>({ collection: 'work_orders', query });
  const workOrder = results[0];
  const request = async () => {
    setBusy(true);
    try {
      await requestEquipment(db, doc, r.id, { id: session.user.id, name: session.user.name });
    } finally {
      setBusy(false);
    }
  };
  return (
    <li>
      <Text size="sm">{r.text}{r.equipment && <Text span c="dimmed"> (equipment: {r.equipment})</Text>}</Text>
      <Group gap="xs">
        {r.workOrderId ? (
          <Anchor component={Link} href={`/work-orders/${r.workOrderId}`} size="sm">
            Equipment work order {workOrder ? workOrderNumber(workOrder.number) : ''}
          </Anchor>
        ) : (
          <Button size="xs" loading={busy} onClick={() => void request()} aria-label={`Request equipment: ${r.equipment ?? r.text}`}>Request equipment</Button>
        )}
        {!r.workOrderId && <Button size="xs" variant="subtle" color="red" onClick={onRemove} aria-label={`Remove: ${r.text}`}>Remove</Button>}
      </Group>
    </li>
  );
}
