import { NativeSelect, Stack, TextInput } from '@mantine/core';
import type { DiagnosticQuestion } from './intake';

/** The category's questions to ask the caller (reference data); each may stay unanswered. */
export function DiagnosticQuestions({ questions, answers, onAnswer }: { questions: readonly DiagnosticQuestion[]; answers: Record<string, string>; onAnswer: (id: string, value: string) => void }) {
  if (questions.length === 0) return null;
  return (
    <Stack gap="xs" role="group" aria-label="Questions to ask">
      {questions.map((q) =>
        q.answer === 'text' ? (
          <TextInput key={q.id} label={q.text} value={answers[q.id] ?? ''} onChange={(e) => onAnswer(q.id, e.currentTarget.value)} maxLength={500} />
        ) : (
          <NativeSelect key={q.id} label={q.text} value={answers[q.id] ?? ''} onChange={(e) => onAnswer(q.id, e.currentTarget.value)}
            data={[{ value: '', label: 'Not asked yet' }, ...(q.answer === 'yes-no' ? ['Yes', 'No'] : (q.choices ?? []))]} />
        ),
      )}
    </Stack>
  );
}
