import { v7 as uuidv7 } from 'uuid';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { isEmployee, type Person } from '@shared/schema/user.schema';
import { derivePriority, type Level } from '@shared/domain/priority';

export type Requester = WorkOrder['requester'];
export type DiagnosticQuestion = NonNullable<ReferenceDoc['category']>['questions'][number];

/** What the intake form holds; the answers to the category's diagnostic questions by question id. */
export type IntakeForm = {
  title: string;
  description: string;
  requester: Requester;
  siteId: string;
  building: string;
  room: string;
  category: string;
  impact: Level;
  urgency: Level;
  answers: Record<string, string>;
  /** The asset the request is about, when one was picked or scanned. */
  assetId?: string;
};

/**
 * The people the requester field offers as you type, by name: the county's employees (DECISIONS
 * #11: `users` without an account) and everyone who asked before. An employee's record gives the
 * details; what it lacks comes from their latest request, as do the details of people who are not
 * employees on record.
 */
export function knownRequesters(workOrders: readonly Pick<WorkOrder, 'requester' | 'createdAt'>[], employees: Iterable<Person> = []): Map<string, Requester> {
  const byName = new Map<string, { requester: Requester; at: string }>();
  for (const wo of workOrders) {
    const name = wo.requester.name.trim();
    const held = byName.get(name);
    if (!held || wo.createdAt > held.at) byName.set(name, { requester: { ...wo.requester, name }, at: wo.createdAt });
  }
  const known = new Map([...byName].map(([name, { requester }]) => [name, requester]));
  for (const e of employees) {
    if (!isEmployee(e)) continue;
    const name = e.name.trim();
    const asked = known.get(name);
    known.set(name, { name, department: e.department || asked?.department || '', phone: e.phone || asked?.phone || '', email: e.email || asked?.email || '' });
  }
  return known;
}

/** What is still missing before the work order can be saved, in words; empty when it can. */
export function intakeLacks(form: IntakeForm): string[] {
  const lacks: string[] = [];
  if (!form.requester.name.trim()) lacks.push('who is asking');
  if (!form.title.trim()) lacks.push('a short title');
  if (!form.siteId) lacks.push('the site');
  if (!form.category) lacks.push('the category');
  return lacks;
}

/** The diagnostic answers as the work order's first timeline entry says them; null when none was answered. */
export function answersText(questions: readonly DiagnosticQuestion[], answers: Record<string, string>): string | null {
  const given = questions.flatMap((q) => (answers[q.id]?.trim() ? [`${q.text} ${answers[q.id]!.trim()}`] : []));
  return given.length > 0 ? `Intake answers:\n${given.join('\n')}` : null;
}

/**
 * A new work order from the form, created on this device: priority from impact and urgency (the
 * matrix the server checks), the version of the county's SLA policy in force on this device (its
 * clocks keep to it; none before the policy has synced), unassigned at level 1.
 */
export function workOrderFromIntake(form: IntakeForm, createdBy: string, slaPolicyVersion: number | null, now: Date): WorkOrder {
  const at = now.toISOString();
  const priority = derivePriority(form.impact, form.urgency);
  return {
    id: uuidv7(),
    title: form.title.trim(),
    description: form.description.trim(),
    requester: { name: form.requester.name.trim(), department: form.requester.department.trim(), phone: form.requester.phone.trim(), email: form.requester.email.trim() },
    siteId: form.siteId,
    building: form.building,
    room: form.room,
    category: form.category,
    impact: form.impact,
    urgency: form.urgency,
    priority,
    status: 'new',
    supportLevel: 1,
    assigneeId: '',
    createdBy,
    createdAt: at,
    updatedAt: at,
    updatedBy: createdBy,
    ...(slaPolicyVersion !== null ? { slaPolicyVersion } : {}),
    ...(form.assetId ? { assetId: form.assetId } : {}),
    resolutionSummary: '',
  };
}
