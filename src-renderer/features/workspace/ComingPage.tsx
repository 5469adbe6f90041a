import { Link } from 'wouter';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { Screen } from './screens';

/** A screen that is not built yet: says so in a sentence, and where to go meanwhile. */
export function ComingPage({ screen }: { screen: Screen }) {
  return (
    <Paper withBorder p="lg" maw={640}>
      <Stack gap="sm">
        <Title order={1}>{screen.label}</Title>
        <Text>{screen.coming}</Text>
        <Anchor component={Link} href="/">
          Back to the work orders
        </Anchor>
      </Stack>
    </Paper>
  );
}
