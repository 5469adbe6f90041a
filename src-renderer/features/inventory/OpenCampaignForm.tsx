import { useState, type FormEvent } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import { v7 as uuidv7 } from 'uuid';
import { Button, Checkbox, Group, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { useSites } from '../work-orders/use-work-orders';

/**
 * A supervisor opens a campaign: a name, a due date and the sites it covers (all, or some). It is
 * written locally and synced; the server then makes one sweep per site with its expected list,
 * which reach every device with the next pull.
 */
export function OpenCampaignForm({ onOpened }: { onOpened: () => void }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const session = useSession();
  const { sites } = useSites();
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem('Give the campaign a name.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return setProblem('Give the campaign a due date.');
    if (chosen.size === 0) return setProblem('Choose at least one site.');
    const at = new Date().toISOString();
    await db.inventory.insert({ id: uuidv7(), kind: 'campaign', name: name.trim(), status: 'open', siteIds: [...chosen], dueDate, createdBy: session.user.id, createdAt: at, updatedAt: at, updatedBy: session.user.id });
    onOpened();
  };
  const toggle = (id: string) => setChosen((held) => {
    const next = new Set(held);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="open-campaign">
      <Title order={2} size="h3" id="open-campaign">Open a campaign</Title>
      <form onSubmit={(e) => void submit(e)} aria-label="Open a campaign">
        <Stack gap="sm" mt="xs">
          <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} placeholder="FY2027 yearly inventory" maxLength={120} />
          <TextInput label="Due date" type="date" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} w={200} />
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={() => setChosen(new Set(sites.map((s) => s.id)))}>All sites</Button>
            <Button variant="default" size="xs" onClick={() => setChosen(new Set())}>No sites</Button>
            <Text size="sm">{chosen.size} of {sites.length} sites</Text>
          </Group>
          <ScrollArea h={200}>
            <Stack gap={4} role="group" aria-label="Sites">
              {sites.map((s) => <Checkbox key={s.id} label={s.name} checked={chosen.has(s.id)} onChange={() => toggle(s.id)} />)}
            </Stack>
          </ScrollArea>
          {problem && <Text c="red" role="alert">{problem}</Text>}
          <Group><Button type="submit">Open the campaign</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
