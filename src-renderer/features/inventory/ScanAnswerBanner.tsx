import { Paper, Text } from '@mantine/core';
import type { Answer } from './scan-sounds';
import { useAnswer, type AnswerStore } from './answer-store';

/** The colour and heading of each answer: told apart by colour, words and sound (scan-sounds.ts). */
const looks: Record<Answer, { color: string; heading: string }> = {
  verified: { color: 'green', heading: 'Verified' },
  moved: { color: 'teal', heading: 'Moved here' },
  room: { color: 'blue', heading: 'Room set' },
  already: { color: 'gray', heading: 'Already scanned' },
  unknown: { color: 'orange', heading: 'Unknown tag' },
  several: { color: 'yellow', heading: 'Which asset?' },
  'no-room': { color: 'yellow', heading: 'No room set' },
  'other-site-room': { color: 'yellow', heading: 'Room label not used' },
  'not-in-service': { color: 'red', heading: 'Not in service' },
};

/** The latest scan's answer, announced to screen readers as it changes. */
export function ScanAnswerBanner({ answers }: { answers: AnswerStore }) {
  const answer = useAnswer(answers);
  const look = answer ? looks[answer.answer] : { color: 'gray', heading: 'Ready to scan' };
  return (
    <Paper
      withBorder
      p="md"
      role="status"
      aria-live="polite"
      aria-label="Scan result"
      data-answer={answer?.answer ?? 'none'}
      data-scan={answer?.n ?? 0}
      className="scan-answer"
      style={{ borderColor: `var(--mantine-color-${look.color}-6)`, background: `var(--mantine-color-${look.color}-light)` }}
    >
      <Text fw={700} size="lg">{look.heading}</Text>
      <Text>{answer?.text ?? 'Scan an asset tag or a room label, or type a tag in the box.'}</Text>
    </Paper>
  );
}
