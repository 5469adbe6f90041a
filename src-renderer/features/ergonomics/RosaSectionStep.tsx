import { Stack, Text } from '@mantine/core';
import type { RosaDraft } from '@shared/domain/ergonomics/rosa-draft';
import { chairItemKeys } from '@shared/domain/ergonomics/rosa-items';
import { DurationField, RosaItemFields, type ItemAnswer } from './RosaItemFields';

/** The form's three ROSA screens, each one section of the sheet. */
export const rosaSteps = [
  { key: 'chair', label: 'Chair', items: chairItemKeys },
  { key: 'monitorTelephone', label: 'Monitor and telephone', items: ['monitor', 'telephone'] },
  { key: 'mouseKeyboard', label: 'Mouse and keyboard', items: ['mouse', 'keyboard'] },
] as const;
export type RosaStepKey = (typeof rosaSteps)[number]['key'];

/** One section of ROSA on its own screen; each answer changes the draft at once (and the live score with it). */
export function RosaSectionStep({ step, draft, onChange }: { step: RosaStepKey; draft: RosaDraft; onChange: (next: RosaDraft) => void }) {
  if (step === 'chair') {
    const chair = draft.chair ?? {};
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">Watch the employee seated at their desk as they usually work.</Text>
        {chairItemKeys.map((key) => (
          <RosaItemFields
            key={key}
            itemKey={key}
            withDuration={false}
            answer={chair[key] as ItemAnswer | undefined}
            onChange={(answer) => onChange({ ...draft, chair: { ...chair, [key]: answer } as RosaDraft['chair'] })}
          />
        ))}
        <DurationField name="Chair: time seated" value={chair.duration} onChange={(duration) => onChange({ ...draft, chair: { ...chair, duration } })} />
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
          withDuration
          answer={draft[key as keyof RosaDraft] as ItemAnswer | undefined}
          onChange={(answer) => onChange({ ...draft, [key]: answer })}
        />
      ))}
    </Stack>
  );
}
