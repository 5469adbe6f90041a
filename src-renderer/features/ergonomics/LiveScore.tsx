import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { liveRosaScore, type RosaDraft, type RosaLiveScore } from '@shared/domain/ergonomics/rosa-draft';
import { rosaActionLevel } from '@shared/domain/ergonomics/rosa';

/** The sub-scores in the sheet's words. */
export const scoreLabels: Record<keyof Omit<RosaLiveScore, 'actionLevel'>, string> = {
  chair: 'Chair',
  monitorTelephone: 'Monitor and telephone',
  mouseKeyboard: 'Mouse and keyboard',
  peripherals: 'Monitor and peripherals',
  final: 'ROSA final score',
};

/** The risk in words: the action level only (DECISIONS #13). */
export function riskWords(score: Pick<RosaLiveScore, 'final' | 'actionLevel'>): string {
  if (score.final === undefined) return 'Not scored yet: answer every item';
  return score.actionLevel ? `${rosaActionLevel} or more: further assessment required` : `Below ${rosaActionLevel}: below the action level`;
}

/** The score as it stands, updated with every answer; a sub-score shows once its items are all answered. */
export function LiveScore({ draft }: { draft: RosaDraft }) {
  const score = liveRosaScore(draft);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="live-score-title" className="fd-live-score">
      <Title order={2} size="h3" id="live-score-title">ROSA score</Title>
      <dl className="fd-fields" aria-live="polite" data-testid="live-score">
        {(Object.keys(scoreLabels) as (keyof typeof scoreLabels)[]).map((key) => (
          <div key={key}>
            <dt>{scoreLabels[key]}</dt>
            <dd data-testid={`score-${key}`}>{score[key] ?? '–'}</dd>
          </div>
        ))}
      </dl>
      <Group mt="xs">
        <Badge color={score.final === undefined ? 'gray' : score.actionLevel ? 'red' : 'green'} variant="light" data-testid="risk">{riskWords(score)}</Badge>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">Scored by ROSA (Sonne et al. 2012). A sub-score appears once every item it counts is answered.</Text>
    </Paper>
  );
}
