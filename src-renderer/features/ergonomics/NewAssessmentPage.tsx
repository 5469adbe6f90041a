import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useLiveRxQuery, useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Anchor, Autocomplete, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import { normaliseTag } from '@shared/domain/asset-tag';
import type { FieldDeskDatabase } from '../../db/database';
import { useSession } from '../../host/api-context';
import { useSites } from '../work-orders/use-work-orders';
import { useWedgeScanner } from '../scanning/use-wedge-scanner';
import { assetLine, notFoundWords, useAssetLookup } from '../assets/use-asset-lookup';
import { useAssessmentAccess, useAssessments } from './use-assessments';
import { useKnownPeople } from './use-known-people';
import { createAssessment } from './new-assessment';

/**
 * Who is assessed and where: the employee picked from the county's people or typed, the site and
 * room, and the workstation's assets, picked from those registered in the room or scanned (a
 * scanner anywhere on the page, or a tag typed).
 */
export function NewAssessmentPage() {
  const db = useRxDatabase() as unknown as FieldDeskDatabase;
  const session = useSession();
  const { mayCreate } = useAssessmentAccess();
  const { assessments } = useAssessments();
  const people = useKnownPeople(assessments);
  const { sites, byId } = useSites();
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ name: '', department: '', jobTitle: '', userId: undefined as string | undefined, siteId: '', building: '', room: '' });
  const [assetIds, setAssetIds] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const set = (field: keyof typeof form, value: string | undefined) => setForm((f) => ({ ...f, [field]: value }));

  const roomQuery = useMemo(() => ({ selector: { siteId: form.siteId || '-', building: form.building, room: form.room } }), [form.siteId, form.building, form.room]);
  const { results: inRoom } = useLiveRxQuery<Asset>({ collection: 'assets', query: roomQuery });
  const [scanned, setScanned] = useState<Asset[]>([]);
  const offered = useMemo(() => [...new Map([...inRoom.map((d) => d.toJSON() as Asset), ...scanned].map((a) => [a.id, a])).values()], [inRoom, scanned]);

  const lookUp = useAssetLookup();
  const findTag = useCallback(async (raw: string) => {
    const key = normaliseTag(raw);
    if (!key) return;
    const found = await lookUp(raw);
    if (found.found !== 'asset') {
      setNotice(notFoundWords(found));
      return;
    }
    const { asset } = found;
    setScanned((held) => (held.some((a) => a.id === asset.id) ? held : [...held, asset]));
    setAssetIds((ids) => (ids.includes(asset.id) ? ids : [...ids, asset.id]));
    setNotice(`Added ${asset.tag} (${asset.make} ${asset.model}).`);
  }, [lookUp]);
  useWedgeScanner(useCallback((text: string) => void findTag(text), [findTag]));

  if (!mayCreate) return <Text>Only a safety officer or a supervisor can start an assessment. <Anchor component={Link} href="/ergonomics">Back to the assessments</Anchor></Text>;
  const site = byId.get(form.siteId);
  const ready = form.name.trim() !== '' && form.siteId !== '' && form.room.trim() !== '';

  const pickPerson = (name: string) => {
    const person = people.find((p) => p.name === name);
    setForm((f) => ({ ...f, name, ...(person ? { department: person.department || f.department, jobTitle: person.jobTitle || f.jobTitle, userId: person.userId } : { userId: undefined }) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    const employee = { name: form.name.trim(), department: form.department.trim(), jobTitle: form.jobTitle.trim(), ...(form.userId ? { userId: form.userId } : {}) };
    const id = await createAssessment(db, { employee, siteId: form.siteId, building: form.building.trim(), room: form.room.trim(), assetIds }, session.user.id);
    navigate(`/ergonomics/${id}`);
  };

  return (
    <Stack component="form" gap="md" maw={800} onSubmit={(e) => void submit(e)} aria-labelledby="new-assessment-title">
      <Title order={1} id="new-assessment-title">New assessment</Title>
      <Paper withBorder p="md" component="fieldset">
        <Text component="legend" fw={600}>Employee</Text>
        <Autocomplete label="Employee's name" required value={form.name} onChange={pickPerson} data={[...new Set(people.map((p) => p.name))]} limit={8} />
        <Group grow>
          <TextInput label="Department" value={form.department} onChange={(e) => set('department', e.currentTarget.value)} maxLength={120} />
          <TextInput label="Job title" value={form.jobTitle} onChange={(e) => set('jobTitle', e.currentTarget.value)} maxLength={120} />
        </Group>
      </Paper>
      <Paper withBorder p="md" component="fieldset">
        <Text component="legend" fw={600}>Workstation</Text>
        <Select label="Site" required searchable allowDeselect={false} value={form.siteId || null} onChange={(v) => setForm((f) => ({ ...f, siteId: v ?? '', building: byId.get(v ?? '')?.buildings[0]?.name ?? '' }))} data={sites.map((s) => ({ value: s.id, label: s.name }))} />
        <Group grow>
          <Select label="Building" allowDeselect={false} value={form.building || null} onChange={(v) => set('building', v ?? '')} data={(site?.buildings ?? []).map((b) => b.name)} disabled={!site} />
          <TextInput label="Room" required value={form.room} onChange={(e) => set('room', e.currentTarget.value)} maxLength={40} />
        </Group>
      </Paper>
      <Paper withBorder p="md" component="fieldset">
        <Text component="legend" fw={600}>Workstation assets (optional)</Text>
        <Text size="sm" c="dimmed">Tick those at the desk, or scan their tags.</Text>
        <Group align="end" gap="xs">
          <TextInput label="Asset tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)} spellCheck={false} autoComplete="off" />
          <Button variant="default" onClick={() => void findTag(tag).then(() => setTag(''))}>Add asset</Button>
        </Group>
        {notice && <Text size="sm" role="status" mt="xs">{notice}</Text>}
        <Stack gap={4} mt="xs">
          {offered.map((a) => (
            <Checkbox key={a.id} label={assetLine(a)} checked={assetIds.includes(a.id)} onChange={(e) => {
              const on = e.currentTarget.checked;
              setAssetIds((ids) => (on ? [...ids, a.id] : ids.filter((x) => x !== a.id)));
            }} />
          ))}
        </Stack>
      </Paper>
      {!ready && <Alert color="gray" variant="light">Give the employee's name, the site and the room to start.</Alert>}
      <Group>
        <Button type="submit" disabled={!ready}>Start the assessment</Button>
        <Anchor component={Link} href="/ergonomics">Cancel</Anchor>
      </Group>
    </Stack>
  );
}
