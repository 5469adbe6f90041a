import { Stack, Text } from '@mantine/core';
import type { RosaDraft } from '@shared/domain/ergonomics/rosa-draft';
import { chairItemKeys, noArmrestsOption } from '@shared/domain/ergonomics/rosa-items';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import type { TimedPart as Timed } from '@shared/domain/ergonomics/answer-notes';
import { DurationField, noneOfThem, RosaItemFields, type ItemAnswer } from './RosaItemFields';

/** The form's three ROSA screens, each one section of the sheet. */
export const rosaSteps = [
  { key: 'chair', label: 'Chair', items: chairItemKeys },
  { key: 'monitorTelephone', label: 'Monitor and telephone', items: ['monitor', 'telephone'] },
  { key: 'mouseKeyboard', label: 'Mouse and keyboard', items: ['mouse', 'keyboard'] },
] as const;
export type RosaStepKey = (typeof rosaSteps)[number]['key'];


type Change = (fn: (data: ErgonomicAssessment) => void) => void;

/** The reason given for an item's time category, set or taken away. */
function whyOf(a: ErgonomicAssessment, key: Timed, change: Change) {
  return {
    why: a.durationWhy?.[key],
    onWhy: (why: string | undefined) =>
      change((data) => {
        const next = { ...data.durationWhy };
        if (why === undefined) delete next[key];
        else next[key] = why;
        data.durationWhy = next;
      }),
  };
}

/**
 * One section of ROSA on its own screen; each answer changes the assessment at once (and the live
 * score with it). "No armrests" is kept as said and scored as ROSA.md section 13 says.
 */
export function RosaSectionStep({ step, assessment, onChange }: { step: RosaStepKey; assessment: ErgonomicAssessment; onChange: Change }) {
  const draft = assessment.rosa;
  if (step === 'chair') {
    const chair = draft.chair ?? {};
    const setItem = (key: (typeof chairItemKeys)[number], answer: ItemAnswer) =>
      onChange((data) => {
        const none = key === 'armrests' && answer.base === noneOfThem;
        if (none) data.noArmrests = true;
        else if (key === 'armrests') delete data.noArmrests;
        data.rosa = { ...data.rosa, chair: { ...data.rosa.chair, [key]: none ? { base: noArmrestsOption } : answer } as RosaDraft['chair'] };
      });
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">Watch the employee seated at their desk as they usually work.</Text>
        {chairItemKeys.map((key) => (
          <RosaItemFields
            key={key}
            itemKey={key}
            noneOption={key === 'armrests' ? 'No armrests (scored as arms unsupported)' : undefined}
            answer={key === 'armrests' && assessment.noArmrests ? { base: noneOfThem } : (chair[key] as ItemAnswer | undefined)}
            onChange={(answer) => setItem(key, answer)}
          />
        ))}
        <DurationField
          name="Chair: time seated"
          value={chair.duration}
          onChange={(duration) => onChange((data) => void (data.rosa = { ...data.rosa, chair: { ...data.rosa.chair, duration } }))}
          {...whyOf(assessment, 'chair', onChange)}
        />
      </Stack>
    );
  }
  const items = rosaSteps.find((s) => s.key === step)?.items ?? [];
  return (
    <Stack gap="sm">
      {items.map((key) => (
        <RosaItemFields
          key={key}
          itemKey={key}
          duration={whyOf(assessment, key as Timed, onChange)}
          answer={draft[key as keyof RosaDraft] as ItemAnswer | undefined}
          onChange={(answer) => onChange((data) => void (data.rosa = { ...data.rosa, [key]: answer }))}
        />
      ))}
    </Stack>
  );
}
