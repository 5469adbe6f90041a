import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useRxDatabase } from 'rxdb/plugins/react';
import { v7 as uuidv7 } from 'uuid';
import { Alert, Anchor, Autocomplete, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import { derivePriority, priorityLabels, type Level } from '@shared/domain/priority';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError } from '../../ui/plain-error';
import { useReferenceInForce } from '../reference/use-reference';
import { useSlaPolicyInForce } from '../sla/use-sla-policy';
import { useAllWorkOrders, usePeople, useSites } from '../work-orders/use-work-orders';
import { DiagnosticQuestions } from './DiagnosticQuestions';
import { AssetPicker } from '../assets/AssetPicker';
import type { Asset } from '@shared/schema/asset.schema';
import { answersText, intakeLacks, knownRequesters, workOrderFromIntake, type IntakeForm } from './intake';

// The matrix's levels run from 1 = high to 3 = low (src-shared/domain/priority.ts).
const impacts: [Level, string][] = [[3, 'One person'], [2, 'A team or department'], [1, 'A whole site or more']];
const urgencies: [Level, string][] = [[3, 'It can wait'], [2, 'Work is slowed down'], [1, 'Work has stopped']];
const emailPattern = /^$|^[^@\s]+@[^@\s]+$/;
const failed = {
  storageFull: "This device's storage is full, so the work order was not created: free some space, then create it again. What you typed is still here.",
  otherwise: 'The work order could not be created on this device: try again, and reload the app if it keeps failing. What you typed is still here.',
};

const blank = (): IntakeForm => ({
  title: '', description: '', requester: { name: '', department: '', phone: '', email: '' },
  siteId: '', building: '', room: '', category: '', impact: 3, urgency: 2, answers: {},
});

/**
 * Taking a request by phone or at the counter, offline too: who asks (known requesters offered as
 * you type), where, what kind of problem with its diagnostic questions, impact and urgency giving
 * the priority. One form, in tab order; Enter in a field saves when everything needed is there.
 * No Esc to leave, unlike a work order's page: a half-typed request is not thrown away by a key.
 */
export function IntakePage() {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const [, navigate] = useLocation();
  const { sites, byId } = useSites();
  const { rows: workOrders } = useAllWorkOrders();
  const people = usePeople();
  const requesters = useMemo(() => knownRequesters(workOrders, people.values()), [workOrders, people]);
  const { items: categories } = useReferenceInForce('work-order-category');
  const policy = useSlaPolicyInForce();
  const [form, setForm] = useState<IntakeForm>(blank);
  const [asset, setAsset] = useState<Asset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (changes: Partial<IntakeForm>) => setForm((f) => ({ ...f, ...changes }));
  const setRequester = (changes: Partial<IntakeForm['requester']>) => setForm((f) => ({ ...f, requester: { ...f.requester, ...changes } }));
  const pickRequester = (name: string) => {
    const known = requesters.get(name.trim());
    setForm((f) => ({ ...f, requester: known ? { ...known } : { ...f.requester, name } }));
  };
  const site = byId.get(form.siteId);
  const building = site?.buildings.find((b) => b.name === form.building);
  const category = categories.get(form.category);
  const questions = category?.category?.questions ?? [];
  const emailWrong = !emailPattern.test(form.requester.email.trim());
  const lacks = intakeLacks(form);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (lacks.length > 0 || emailWrong || saving) return;
    setSaving(true);
    try {
      const wo = workOrderFromIntake({ ...form, assetId: asset?.id }, user.id, policy?.version ?? null, new Date());
      await db.work_orders.insert(wo);
      const answers = answersText(questions, form.answers);
      if (answers) {
        await db.work_order_notes.insert({ id: uuidv7(), workOrderId: wo.id, authorId: user.id, authorName: user.name, kind: 'note', text: answers, createdAt: wo.createdAt, updatedAt: wo.createdAt });
      }
      navigate(`/work-orders/${wo.id}`);
    } catch (e) {
      setError(plainError(e, failed));
      setSaving(false);
    }
  };

  return (
    <Stack component="form" gap="md" maw={900} onSubmit={(e) => void submit(e)} aria-labelledby="intake-title">
      <Anchor component={Link} href="/" size="sm" className="fd-back">
        <ArrowLeft size={14} aria-hidden /> Work orders
      </Anchor>
      <Title order={1} id="intake-title">New work order</Title>
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">Who is asking</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete label="Requester" data={[...requesters.keys()]} limit={8} value={form.requester.name} onChange={pickRequester} required autoFocus maxLength={120} />
          <TextInput label="Department" value={form.requester.department} onChange={(e) => setRequester({ department: e.currentTarget.value })} maxLength={120} />
          <TextInput label="Phone" value={form.requester.phone} onChange={(e) => setRequester({ phone: e.currentTarget.value })} maxLength={40} />
          <TextInput label="E-mail" value={form.requester.email} onChange={(e) => setRequester({ email: e.currentTarget.value })} maxLength={160} error={emailWrong ? 'Enter an address like name@county.gov, or leave it empty.' : undefined} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">Where</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label="Site" value={form.siteId} required onChange={(e) => set({ siteId: e.currentTarget.value, building: '', room: '' })}
            data={[{ value: '', label: 'Choose a site' }, ...[...sites].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ value: s.id, label: s.name }))]} />
          <NativeSelect label="Building" value={form.building} disabled={!site} onChange={(e) => set({ building: e.currentTarget.value, room: '' })}
            data={[{ value: '', label: 'Choose a building' }, ...(site?.buildings ?? []).map((b) => b.name)]} />
          <NativeSelect label="Room" value={form.room} disabled={!building} onChange={(e) => set({ room: e.currentTarget.value })}
            data={[{ value: '', label: 'Choose a room' }, ...(building?.rooms ?? [])]} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">Which asset</Title>
        <AssetPicker place={form} asset={asset} onChange={setAsset} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="sm">The problem</Title>
        <Stack gap="sm">
          <TextInput label="Title" description="A few words a colleague recognises it by" value={form.title} onChange={(e) => set({ title: e.currentTarget.value })} required maxLength={160} />
          <Textarea label="What the requester says" value={form.description} onChange={(e) => set({ description: e.currentTarget.value })} autosize minRows={2} maxLength={8000} />
          <NativeSelect label="Category" value={form.category} required onChange={(e) => set({ category: e.currentTarget.value, answers: {} })}
            data={[{ value: '', label: 'Choose a category' }, ...[...categories.values()].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ value: c.key, label: c.name }))]} />
          <DiagnosticQuestions questions={questions} answers={form.answers} onAnswer={(id, value) => set({ answers: { ...form.answers, [id]: value } })} />
          <Group grow align="end">
            <NativeSelect label="Impact: who is affected" value={String(form.impact)} onChange={(e) => set({ impact: Number(e.currentTarget.value) as Level })} data={impacts.map(([v, l]) => ({ value: String(v), label: l }))} />
            <NativeSelect label="Urgency: how badly" value={String(form.urgency)} onChange={(e) => set({ urgency: Number(e.currentTarget.value) as Level })} data={urgencies.map(([v, l]) => ({ value: String(v), label: l }))} />
          </Group>
          <Text data-testid="intake-priority">Priority: {priorityLabels[derivePriority(form.impact, form.urgency)]}</Text>
        </Stack>
      </Paper>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Group>
        <Button type="submit" loading={saving} disabled={lacks.length > 0 || emailWrong}>Create work order</Button>
        <Button variant="default" component={Link} href="/">Cancel</Button>
        {lacks.length > 0 && <Text size="sm" c="dimmed">Still needed: {lacks.join(', ')}.</Text>}
      </Group>
    </Stack>
  );
}
