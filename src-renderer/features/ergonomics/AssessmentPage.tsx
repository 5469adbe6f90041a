import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useRxCollection, useRxDatabase, useRxDocument } from 'rxdb/plugins/react';
import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { SavedTextarea } from './SavedTextarea';
import { ArrowLeft } from 'lucide-react';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { rosaInputProblems } from '@shared/domain/ergonomics/rosa-input-problems';
import { oshaAnswerProblems } from '@shared/domain/ergonomics/osha-answers';
import { answerNoteProblem } from '@shared/domain/ergonomics/answer-notes';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { useEscapeTo } from '../../ui/use-escape-to';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { LiveScore } from './LiveScore';
import { OshaStep } from './OshaStep';
import { RecommendationsStep } from './RecommendationsStep';
import { RosaSectionStep, rosaSteps } from './RosaSectionStep';
import { AssessmentSummary } from './AssessmentSummary';
import { changeAssessment, useAssessments } from './use-assessments';
import { reassess } from './new-assessment';
import { previousAssessment } from '@shared/domain/ergonomics/assessment-list';

const steps = [...rosaSteps.map((s) => s.label), 'OSHA checklist', 'Recommendations', 'Photos and follow-up'] as const;

/**
 * One assessment, taken at the desk: ROSA one section per screen with the score beside it,
 * updating with every answer; then the OSHA checklist, recommendations, photos and the follow-up
 * date. Everything is written on this device at once and synced when online.
 */
export function AssessmentPage({ id }: { id: string }) {
  const db = useRxDatabase() as unknown as FieldDeskDatabase;
  const collection = useRxCollection<ErgonomicAssessment>('ergonomic_assessments');
  const { result: doc, loading } = useRxDocument<ErgonomicAssessment>(collection, id);
  const { assessments } = useAssessments();
  const session = useSession();
  const [, navigate] = useLocation();
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  useEscapeTo('/ergonomics');

  if (loading) return <Text>Loading…</Text>;
  if (!doc) return <Text>This assessment is not on this device. <Anchor component={Link} href="/ergonomics">Back to the assessments</Anchor></Text>;
  const a = doc.toJSON() as ErgonomicAssessment;
  const change = (fn: (data: ErgonomicAssessment) => void) => void changeAssessment(doc, session.user.id, fn);
  const previous = previousAssessment(a, assessments);

  const finish = () => {
    const rosa = rosaInputProblems(a.rosa)[0];
    const osha = a.osha && oshaAnswerProblems(a.osha, { complete: false })[0];
    const first = rosa ?? answerNoteProblem(a) ?? osha;
    if (first) {
      setProblem(`Not finished yet: ${first.message}`);
      return;
    }
    setProblem(null);
    change((data) => void (data.status = 'final'));
  };

  return (
    <Stack component="article" gap="md" maw={1200} aria-labelledby="assessment-title">
      <Anchor component={Link} href="/ergonomics" size="sm" className="fd-back">
        <ArrowLeft size={14} aria-hidden /> Assessments
      </Anchor>
      <Group gap="sm" align="baseline">
        <Title order={1} id="assessment-title">Assessment of {a.employee.name}</Title>
        <Badge variant="light" color={a.status === 'final' ? 'blue' : 'gray'} data-testid="assessment-status">{a.status === 'final' ? 'Finished' : 'Draft'}</Badge>
      </Group>
      <AssessmentSummary assessment={a} />
      <Group gap="xs">
        <Button component={Link} href={`/ergonomics/${a.id}/report`} variant="default">Assessment report</Button>
        {previous && <Button component={Link} href={`/ergonomics/${a.id}/compare`} variant="default">Compare with the previous assessment</Button>}
        {a.status === 'final' && (
          <Button variant="default" onClick={() => void reassess(db, a, session.user.id).then((next) => navigate(`/ergonomics/${next}`))}>Re-assess this employee</Button>
        )}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stepper active={active} onStepClick={setActive} size="sm" allowNextStepsSelect aria-label="Assessment steps">
            {rosaSteps.map((s) => (
              <Stepper.Step key={s.key} label={s.label}>
                <RosaSectionStep step={s.key} assessment={a} onChange={change} />
              </Stepper.Step>
            ))}
            <Stepper.Step label="OSHA checklist">
              <OshaStep answers={a.osha} onChange={(osha) => change((data) => void (data.osha = osha))} />
            </Stepper.Step>
            <Stepper.Step label="Recommendations">
              <RecommendationsStep db={db} doc={doc} />
            </Stepper.Step>
            <Stepper.Step label="Photos and follow-up">
              <Stack gap="sm">
                <AttachmentsSection owner={{ collection: 'ergonomic-assessments', id: a.id }} />
                <TextInput type="date" label="Follow-up date" value={a.followUpOn ?? ''} onChange={(e) => {
                  const day = e.currentTarget.value;
                  change((data) => {
                    if (day) data.followUpOn = day;
                    else delete data.followUpOn;
                  });
                }} w={220} />
                <SavedTextarea label="Notes" value={a.notes} maxLength={4000} autosize minRows={3} onSave={(notes) => change((data) => void (data.notes = notes))} />
              </Stack>
            </Stepper.Step>
          </Stepper>
          <Group mt="md" gap="xs">
            <Button variant="default" disabled={active === 0} onClick={() => setActive((n) => n - 1)}>Back</Button>
            {active < steps.length - 1 ? <Button onClick={() => setActive((n) => n + 1)}>Next: {steps[active + 1]}</Button> : null}
            {a.status === 'draft' && <Button color="blue" variant="light" onClick={finish}>Finish the assessment</Button>}
          </Group>
          {problem && <Alert color="yellow" mt="sm" role="alert">{problem}</Alert>}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <LiveScore draft={a.rosa} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
