import { useMemo } from 'react';
import { Link } from 'wouter';
import { Anchor, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { departmentsOf, localDay, selectAssessments } from '@shared/domain/ergonomics/assessment-list';
import { useAssessmentFilters } from '../../stores/assessment-filters';
import { useNames, useSites } from '../work-orders/use-work-orders';
import { useAssessmentAccess, useAssessments } from './use-assessments';
import { assessmentsTable } from './assessments-table';
import { ActionLevelCounts } from './ActionLevelCounts';

/**
 * The assessments this device holds (only those its user may read reach it), with the filters a
 * safety officer uses before a safety meeting, and the counts below and at or above the action level.
 */
export function ErgonomicsPage() {
  const { assessments, loading } = useAssessments();
  const { mayCreate } = useAssessmentAccess();
  const filters = useAssessmentFilters();
  const { sites } = useSites();
  const names = useNames();
  const today = localDay(new Date());
  const { rows, counts } = useMemo(() => selectAssessments(assessments, filters, today), [assessments, filters, today]);
  const departments = useMemo(() => departmentsOf(assessments), [assessments]);
  const table = useMemo(() => assessmentsTable(rows, names.sites), [rows, names.sites]);

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Title order={1}>Ergonomic assessments</Title>
        <Group gap="xs">
          {mayCreate && <Button component={Link} href="/ergonomics/new">New assessment</Button>}
          <Button component={Link} href="/ergonomics/report" variant="default">Report for the safety meeting</Button>
          <Anchor component={Link} href="/ergonomics/help">How the score works</Anchor>
        </Group>
      </Group>
      <Paper withBorder p="sm" component="form" aria-label="Filter assessments" onSubmit={(e) => e.preventDefault()}>
        <Group align="end">
          <Select label="Site" clearable placeholder="Any site" value={filters.siteId} onChange={(siteId) => filters.set({ siteId })} data={sites.map((s) => ({ value: s.id, label: s.name }))} searchable />
          <Select label="Department" clearable placeholder="Any department" value={filters.department} onChange={(department) => filters.set({ department })} data={departments} />
          <Checkbox label="Score 5 or more" checked={filters.actionLevel} onChange={(e) => filters.set({ actionLevel: e.currentTarget.checked })} />
          <Checkbox label="Follow-up due" checked={filters.followUpDue} onChange={(e) => filters.set({ followUpDue: e.currentTarget.checked })} />
        </Group>
      </Paper>
      <ActionLevelCounts counts={counts} />
      {loading ? (
        <Text>Loading…</Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{assessments.length === 0 ? 'No assessments on this device yet.' : 'No assessment matches these filters.'}</Text>
      ) : (
        <Table striped highlightOnHover aria-label="Assessments">
          <Table.Thead>
            <Table.Tr>{table.columns.map((c) => <Table.Th key={c.key}>{c.label}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, i) => (
              <Table.Tr key={rows[i]?.assessment.id}>
                {table.columns.map((c) => (
                  <Table.Td key={c.key}>
                    {c.key === 'employee' ? <Anchor component={Link} href={`/ergonomics/${rows[i]?.assessment.id}`}>{row.employee}</Anchor> : row[c.key]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
