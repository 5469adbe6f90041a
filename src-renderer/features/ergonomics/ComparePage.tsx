import { Link } from 'wouter';
import { Anchor, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import { liveRosaScore } from '@shared/domain/ergonomics/rosa-draft';
import { previousAssessment } from '@shared/domain/ergonomics/assessment-list';
import { scoreChanges } from '@shared/domain/ergonomics/recommendations';
import { formatDateTime } from '../../ui/format';
import { AssessmentSummary } from './AssessmentSummary';
import { riskWords, scoreLabels } from './LiveScore';
import { useAssessments } from './use-assessments';

const changeWords = (change: number | null) => (change === null ? '–' : change === 0 ? 'no change' : change < 0 ? `${change} (better)` : `+${change} (worse)`);

/** A re-assessment beside the employee's previous one, with the change in each sub-score. */
export function ComparePage({ id }: { id: string }) {
  const { assessments, loading } = useAssessments();
  if (loading) return <Text>Loading…</Text>;
  const current = assessments.find((a) => a.id === id);
  const previous = current && previousAssessment(current, assessments);
  if (!current || !previous) return <Text>There is no earlier assessment of this employee on this device. <Anchor component={Link} href={`/ergonomics/${id}`}>Back to the assessment</Anchor></Text>;
  const before = liveRosaScore(previous.rosa);
  const after = liveRosaScore(current.rosa);
  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} href={`/ergonomics/${id}`} size="sm" className="fd-back"><ArrowLeft size={14} aria-hidden /> The assessment</Anchor>
      <Title order={1}>{current.employee.name}: then and now</Title>
      <Table aria-label="Change in each sub-score" withTableBorder>
        <Table.Thead>
          <Table.Tr><Table.Th>Score</Table.Th><Table.Th>Previous ({formatDateTime(previous.assessedAt)})</Table.Th><Table.Th>This one ({formatDateTime(current.assessedAt)})</Table.Th><Table.Th>Change</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scoreChanges(before, after).map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{scoreLabels[row.key]}</Table.Th>
              <Table.Td>{row.before ?? '–'}</Table.Td>
              <Table.Td>{row.after ?? '–'}</Table.Td>
              <Table.Td data-testid={`change-${row.key}`}>{changeWords(row.change)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr><Table.Th scope="row">Action level</Table.Th><Table.Td>{riskWords(before)}</Table.Td><Table.Td>{riskWords(after)}</Table.Td><Table.Td /></Table.Tr>
        </Table.Tbody>
      </Table>
      <Grid>
        {[['Previous', previous], ['This one', current]].map(([label, a]) => (
          <Grid.Col key={label as string} span={{ base: 12, md: 6 }}>
            <Paper withBorder p="md" component="section" aria-label={`${label as string} assessment`}>
              <Title order={2} size="h3">{label as string}</Title>
              <AssessmentSummary assessment={a as typeof current} />
              <Title order={3} size="h4" mt="sm">Recommendations</Title>
              <ul>{(a as typeof current).recommendations.map((r) => <li key={r.id}>{r.text}</li>)}</ul>
            </Paper>
          </Grid.Col>
        ))}
      </Grid>
    </Stack>
  );
}
