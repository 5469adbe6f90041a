import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import type { AnswerValue } from '@shared/domain/checklist-run';
import type { ChecklistStep } from '@shared/domain/checklist-template';

/** The step's instruction and the one control its answer takes: a click for done, yes-no and choices; a field for a number or text. */
export function AnswerControl({ step, onAnswer }: { step: ChecklistStep; onAnswer: (value: AnswerValue) => void }) {
  return (
    <Stack gap="xs" role="group" aria-label={`Step: ${step.question}`}>
      <Text size="sm">{step.instruction}</Text>
      <Text fw={600}>{step.question}</Text>
      <Answer step={step} onAnswer={onAnswer} />
    </Stack>
  );
}

function Answer({ step, onAnswer }: { step: ChecklistStep; onAnswer: (value: AnswerValue) => void }) {
  switch (step.answer) {
    case 'done':
      return <Group><Button onClick={() => onAnswer('done')}>Done</Button></Group>;
    case 'photo':
      // The photo itself goes with the work order's photos (below); this records that it was taken.
      return (
        <Group>
          <Text size="sm" c="dimmed">Take it under “Photos and signatures”, then:</Text>
          <Button onClick={() => onAnswer('photo-attached')}>Photo taken</Button>
          {step.optional && <Button variant="default" onClick={() => onAnswer('')}>Skip</Button>}
        </Group>
      );
    case 'yes-no':
      return (
        <Group>
          <Button onClick={() => onAnswer('yes')}>Yes</Button>
          <Button onClick={() => onAnswer('no')}>No</Button>
        </Group>
      );
    case 'choice':
      return <Group>{(step.choices ?? []).map((c) => <Button key={c.id} variant="default" onClick={() => onAnswer(c.id)}>{c.label}</Button>)}</Group>;
    case 'number':
    case 'text':
      return <TypedAnswer step={step} onAnswer={onAnswer} />;
  }
}

function TypedAnswer({ step, onAnswer }: { step: ChecklistStep; onAnswer: (value: AnswerValue) => void }) {
  const [text, setText] = useState('');
  const [number, setNumber] = useState<number | string>('');
  const value: AnswerValue | null = step.answer === 'number' ? (typeof number === 'number' ? number : null) : text.trim() ? text.trim() : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value !== null) onAnswer(value);
  };
  return (
    <form onSubmit={submit}>
      <Group align="end">
        {step.answer === 'number' ? (
          <NumberInput label="Answer" value={number} onChange={setNumber} rightSection={step.unit ? <Text size="xs">{step.unit}</Text> : undefined} />
        ) : (
          <Textarea label="Answer" value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={1} maxLength={2000} />
        )}
        <Button type="submit" disabled={value === null}>Record answer</Button>
        {step.optional && <Button variant="default" onClick={() => onAnswer('')}>Skip</Button>}
      </Group>
    </form>
  );
}
