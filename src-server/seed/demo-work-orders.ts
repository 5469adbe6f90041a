import { v7 as uuidv7 } from 'uuid';
import type { Site } from '@shared/schema/site.schema';
import type { UserProfile } from '@shared/schema/user.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { WorkOrderNote } from '@shared/schema/work-order-note.schema';
import { holdReasons, type WorkOrderStatus } from '@shared/domain/work-order-status';
import { derivePriority, type Level } from '@shared/domain/priority';
import { seededRandom, type Random } from './random';
import { demoStatusHistory } from './demo-status-history';
import { departments, firstNames, lastNames } from './demo-employees';

/** Requests the demo county's people make, by the key of their category (others get a generic title). */
const titles: Record<string, string[]> = {
  'password-account': ['Locked out of county account', 'Password expired on shared PC', 'New hire needs network login'],
  'desktop-hardware': ['PC will not power on', 'Monitor flickering', 'Keyboard keys sticking', 'Docking station not detected'],
  software: ['Records system crashes on start', 'Need Adobe Reader updated', 'Payroll app shows license error'],
  network: ['No network in meeting room', 'Wi-Fi drops every few minutes', 'Cannot reach shared drive'],
  'printer-peripheral': ['Printer jams on every job', 'Badge printer offline', 'Scanner not sending to email'],
  'phone-voicemail': ['Desk phone has no dial tone', 'Voicemail PIN reset', 'Conference phone echo'],
  email: ['Mailbox full', 'Cannot open shared calendar', 'Email stuck in outbox'],
  other: ['Move workstation to new office', 'Projector setup for board meeting', 'Question about county laptop policy'],
};
const anyTitle = ['Needs a technician on site', 'Question for the help desk'];
const statusWeights: [WorkOrderStatus, number][] = [
  ['new', 10], ['assigned', 20], ['in-progress', 20], ['on-hold', 10], ['resolved', 15], ['closed', 20], ['cancelled', 5],
];

function weightedStatus(random: Random): WorkOrderStatus {
  let roll = random.next() * 100;
  for (const [status, weight] of statusWeights) if ((roll -= weight) < 0) return status;
  return 'closed';
}

/** How the demo county's finished work was resolved, by category (the shipped resolution codes). */
const demoResolutionCodes: Record<string, string> = {
  'password-account': 'password-reset',
  'desktop-hardware': 'hardware-repaired',
  software: 'software-repaired',
  network: 'cable-or-port',
  'printer-peripheral': 'hardware-repaired',
  'phone-voicemail': 'configuration-fixed',
  email: 'configuration-fixed',
};

/**
 * `count` work orders over the last 60 days, numbered from 10001, with a few notes each and the
 * status changes that led to their status, in the `categories` of the county's reference data
 * (keys). The status changes draw from a stream of their own, so the rest of the county stays as
 * it was before they were seeded.
 */
export function demoWorkOrders(
  random: Random,
  context: { sites: Site[]; people: UserProfile[]; categories: readonly string[]; now: Date; count: number; slaPolicyVersion?: number },
): { workOrders: WorkOrder[]; notes: WorkOrderNote[] } {
  const technicians = context.people.filter((p) => p.role === 'technician');
  const supervisor = context.people.find((p) => p.role === 'supervisor');
  const workOrders: WorkOrder[] = [];
  const notes: WorkOrderNote[] = [];
  const timing = seededRandom(20261124);
  for (let i = 0; i < context.count; i++) {
    const created = new Date(context.now.getTime() - random.int(10, 60 * 24 * 60) * 60_000);
    const createdAt = created.toISOString();
    const category = random.pick(context.categories);
    const impact = random.int(1, 3) as Level;
    const urgency = random.int(1, 3) as Level;
    const priority = derivePriority(impact, urgency);
    const status = weightedStatus(random);
    const site = random.pick(context.sites);
    const building = random.pick(site.buildings);
    const tech = random.pick(technicians);
    const requester = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const wo: WorkOrder = {
      id: uuidv7({ msecs: created.getTime() }),
      number: 10001 + i,
      title: random.pick(titles[category] ?? anyTitle),
      description: `Reported by phone. ${requester} says the problem started ${random.pick(['this morning', 'yesterday', 'after the last update', 'last week'])}.`,
      requester: {
        name: requester,
        department: random.pick(departments),
        phone: `555-${String(random.int(100, 999))}-${String(random.int(1000, 9999))}`,
        email: `${requester.toLowerCase().replace(' ', '.')}@county.example`,
      },
      siteId: site.id,
      building: building.name,
      room: random.pick(building.rooms),
      category,
      impact,
      urgency,
      priority,
      status,
      supportLevel: 1,
      assigneeId: status === 'new' ? '' : tech.id,
      createdBy: supervisor?.id ?? tech.id,
      createdAt,
      updatedAt: createdAt,
      ...(context.slaPolicyVersion ? { slaPolicyVersion: context.slaPolicyVersion } : {}),
      ...(status === 'resolved' || status === 'closed' ? { resolutionCode: demoResolutionCodes[category] ?? 'other' } : {}),
      resolutionSummary: status === 'resolved' || status === 'closed' ? 'Fixed on site; user confirmed.' : '',
      ...(status === 'on-hold' ? { holdReason: random.pick(holdReasons) } : {}),
    };
    const history = demoStatusHistory(timing, wo, { technician: tech, supervisor: supervisor ?? tech }, context.now);
    if (history.last) Object.assign(wo, { updatedAt: history.last.at, updatedBy: history.last.by });
    notes.push(...history.entries);
    workOrders.push(wo);
    if (status !== 'new') {
      for (let n = random.int(1, 3); n > 0; n--) {
        // Never later than now: a note from the future would sort after every real one.
        const at = new Date(Math.min(created.getTime() + n * random.int(5, 600) * 60_000, context.now.getTime() - 1000)).toISOString();
        notes.push({
          id: uuidv7(),
          workOrderId: wo.id,
          authorId: tech.id,
          authorName: tech.name,
          kind: random.pick(['note', 'note', 'client-update'] as const),
          text: random.pick(['Called the client, will visit tomorrow.', 'Checked cables and power.', 'Replaced the cable; testing.', 'Client informed of progress.']),
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  }
  return { workOrders, notes };
}
