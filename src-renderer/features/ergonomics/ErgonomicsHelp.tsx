import { Link } from 'wouter';
import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { lessCertainCells, lessCertainItemScores, reconstructedOshaWording, rosaActionLevelWording, rosaMethod, rosaOriginals } from '@shared/domain/ergonomics/claims';
import { rosaItems } from '@shared/domain/ergonomics/rosa-items';
import { oshaChecklistSource } from '@shared/domain/ergonomics/osha-checklist';
import { oshaItemName } from '@shared/domain/ergonomics/osha-answers';

/**
 * What the app says about its method, and nothing more (DECISIONS #13 "Claims"): the method and
 * its source, the action level, and for the safety officer to check against the originals the
 * table cells and item scores marked less certain and the OSHA wording marked reconstructed.
 */
export function ErgonomicsHelp() {
  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} href="/ergonomics" size="sm">Back to the assessments</Anchor>
      <Title order={1}>How the score works</Title>
      <Paper withBorder p="md" component="section" aria-labelledby="method-title">
        <Title order={2} size="h3" id="method-title">The method</Title>
        <Text>Assessments are scored by {rosaMethod.name}, as published in: {rosaMethod.citation} (doi {rosaMethod.doi}).</Text>
        <Text mt="xs">Action level: {rosaActionLevelWording.app}</Text>
        <Text size="sm" c="dimmed">The paper: “{rosaActionLevelWording.paper}” The manual: “{rosaActionLevelWording.manual}” The app follows the paper.</Text>
        <Text mt="xs">The second form is the {oshaChecklistSource.title} (version {oshaChecklistSource.version}), {oshaChecklistSource.publisher}. It is not scored.</Text>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="cells-title">
        <Title order={2} size="h3" id="cells-title">Table cells to check against the original</Title>
        <Text size="sm">Check these against {rosaOriginals}.</Text>
        <Table aria-label="Less certain table cells">
          <Table.Thead><Table.Tr><Table.Th>Table</Table.Th><Table.Th>Row</Table.Th><Table.Th>Column</Table.Th><Table.Th>Used</Table.Th><Table.Th>Other reading</Table.Th><Table.Th>Why</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {lessCertainCells.map((c) => (
              <Table.Tr key={`${c.table}${c.row}-${c.column}`}><Table.Td>{c.table}</Table.Td><Table.Td>{c.row}</Table.Td><Table.Td>{c.column}</Table.Td><Table.Td>{c.adopted}</Table.Td><Table.Td>{c.alternative}</Table.Td><Table.Td>{c.why}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={3} size="h4" mt="md">Item scores to check</Title>
        <List>
          {lessCertainItemScores.map((s) => {
            const item = rosaItems[s.item] as { name: string; options: Record<string, { label: string }> };
            return <List.Item key={`${s.item}.${s.option}`}>{item.name}, “{item.options[s.option]?.label}”: {s.adopted} used, {s.alternative} in other sources. {s.why}</List.Item>;
          })}
        </List>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="osha-title">
        <Title order={2} size="h3" id="osha-title">OSHA wording to check</Title>
        <Text size="sm">These items' wording is reconstructed, in whole or in part: check it against the published checklist.</Text>
        <List>
          {reconstructedOshaWording.items.map((item) => <List.Item key={item.id}>{oshaItemName(item)}: {item.text}</List.Item>)}
          {reconstructedOshaWording.leadIns.map((s) => <List.Item key={s.key}>{s.title} (its opening sentence): {s.leadIn}</List.Item>)}
        </List>
      </Paper>
    </Stack>
  );
}
