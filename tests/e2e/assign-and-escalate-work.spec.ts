import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { http, loginHttp } from '../support/api';
import { runCli } from '../support/cli';
import { newWorkOrder } from '../support/documents';
import { pullAll } from '../support/pull-all';
import { testHashCost } from '../support/test-hash-cost';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';
import { WorkOrderAssignment } from './pages/work-order-assignment';
import { AttachmentsSection } from './pages/attachments-section';
import { ReportPage } from './pages/report-page';
import { pdfPages } from '../support/pdf-text';

// A small county of its own: a supervisor, two first-level technicians and one at level 2.
const people = [
  ['dcruz', 'supervisor', 'Dana Cruz', '3'],
  ['asmith', 'technician', 'Al Smith', '1'],
  ['cwu', 'technician', 'Cal Wu', '1'],
  ['bjones', 'technician', 'Bea Jones', '2'],
] as const;
const env = useCentralServer({
  demo: false,
  async prepare(dataDir) {
    for (const [username, role, name, level] of people) {
      const run = await runCli('create-user', [username, '--role', role, '--name', name, '--level', level], { stdin: 'fielddesk\n', env: { DATA_DIR: dataDir, PASSWORD_HASH_COST: String(testHashCost) } });
      if (run.code !== 0) throw new Error(run.stderr);
    }
  },
});

async function seed(orders: (Partial<WorkOrder> & { title: string })[]): Promise<WorkOrder[]> {
  const boss = await loginHttp(env.server.url, 'dcruz');
  const docs = orders.map((o) => newWorkOrder({ createdBy: boss.user.id, ...o }));
  const rows = docs.map((d) => ({ assumedMasterState: null, newDocumentState: d }));
  expect(await http(env.server.url, '/sync/work-orders/push', { token: boss.token, body: rows })).toMatchObject({ status: 200, body: [] });
  return docs;
}
async function stored(id: string): Promise<WorkOrder> {
  const { token } = await loginHttp(env.server.url, 'dcruz');
  return (await pullAll(env.server.url, token, 'work-orders')).get(id) as unknown as WorkOrder;
}
async function signedIn(browser: Browser, username: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, username);
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate();
  return { page, sync, list: new WorkOrderListPage(page), order: new WorkOrderPage(page), assignment: new WorkOrderAssignment(page) };
}

test('a supervisor opens on the team queue and assigns work from the list and from a work order', async ({ browser }) => {
  const al = (await loginHttp(env.server.url, 'asmith')).user.id;
  const [printer, monitor, scanner] = await seed([
    { title: 'Printer offline in the clerk office' },
    { title: 'Monitor flickers at the front desk' },
    { title: 'Scanner driver missing', status: 'assigned', assigneeId: al },
  ]);
  const { page, sync, list, order, assignment } = await signedIn(browser, 'dcruz');

  // The team queue: unassigned work first, then each technician's, every group with its count.
  await expect(page.getByRole('heading', { level: 1, name: 'Team queue' })).toBeVisible();
  await expect(list.scope('Team queue')).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Unassigned · 2' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Al Smith · 1' })).toBeVisible();
  await expect.poll(async () => (await list.column('title')).at(-1)).toBe('Scanner driver missing');

  // Ticked rows, one technician picked by name, with their level and open count.
  await assignment.assignFromList(['Printer offline in the clerk office', 'Monitor flickers at the front desk'], 'Cal Wu');
  await expect(page.getByRole('heading', { name: /^Unassigned/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Cal Wu · 2' })).toBeVisible();

  // From the work order's page: the picker shows the level and open work; reassigning keeps the status.
  await order.open(env.shell.url, printer!.id);
  await expect(order.status).toHaveText('Assigned');
  await expect(assignment.assignee).toHaveText('Cal Wu');
  expect(await assignment.assignTo('Bea Jones')).toBe('Bea Jones · level 2 · 0 open');
  await expect(order.status).toHaveText('Assigned');
  await expect(order.timelineEntry('New → Assigned')).toBeVisible();
  await sync.expectOnlineAndSent();

  expect(await stored(printer!.id)).toMatchObject({ status: 'assigned', assigneeId: (await loginHttp(env.server.url, 'bjones')).user.id });
  expect(await stored(monitor!.id)).toMatchObject({ status: 'assigned', assigneeId: (await loginHttp(env.server.url, 'cwu')).user.id });
  expect(await stored(scanner!.id)).toMatchObject({ assigneeId: al });
});

test('a technician escalates with a reason; a level-2 technician sees it unassigned after sync and takes it', async ({ browser }) => {
  const al = (await loginHttp(env.server.url, 'asmith')).user.id;
  const [network] = await seed([{ title: 'No network in room 204', status: 'assigned', assigneeId: al }]);

  const first = await signedIn(browser, 'asmith');
  // A technician opens on their own work.
  await expect(first.list.scope('Assigned to me')).toBeChecked();
  await first.order.open(env.shell.url, network!.id);
  await first.order.changeStatus('In progress');
  await expect(first.order.status).toHaveText('In progress');

  // The reason is required: no escalating without one.
  await first.assignment.escalateButton.click();
  await expect(first.page.getByRole('button', { name: 'Escalate to level 2' })).toBeDisabled();
  await first.page.getByRole('button', { name: 'Cancel' }).click();
  await first.assignment.escalate({ level: 'Level 2', reason: 'The switch port is dead; needs the switch configured.', tried: 'Replaced the patch cable, checked link lights.' });
  await expect(first.order.status).toHaveText('New');
  await expect(first.assignment.assignee).toHaveText('Nobody yet');
  await expect(first.assignment.level).toHaveText('Level 2');
  await expect(first.order.timelineEntry('Referred from level 1 to level 2')).toContainText('Tried: Replaced the patch cable');
  await expect(first.assignment.escalateButton).toHaveCount(0);
  await first.sync.expectOnlineAndSent();

  // It left the first technician's queues: not theirs, and not work of their level.
  await first.page.getByRole('link', { name: 'Work orders' }).first().click();
  await first.list.showScope('Unassigned');
  await expect(first.list.rows).toHaveCount(0);

  const second = await signedIn(browser, 'bjones');
  await second.list.showScope('Unassigned');
  await expect(second.list.rows.filter({ hasText: 'No network in room 204' })).toBeVisible();
  await second.list.openFirst();
  await second.order.chooseStatus('In progress');
  await expect(second.page.getByText('Saving makes you its assignee.')).toBeVisible();
  await second.order.saveStatusButton.click();
  await expect(second.assignment.assignee).toHaveText('Bea Jones');
  // The whole history came with it.
  await expect(second.order.timelineEntry('Referred from level 1 to level 2')).toContainText('Al Smith');
  await expect(second.order.timelineEntry('Assigned → In progress')).toBeVisible();
  await second.sync.expectOnlineAndSent();

  expect(await stored(network!.id)).toMatchObject({ status: 'in-progress', supportLevel: 2, assigneeId: (await loginHttp(env.server.url, 'bjones')).user.id });
});

test('a technician logs a phone call with the time frame promised, and the list stops flagging the waiting client', async ({ browser }) => {
  const al = (await loginHttp(env.server.url, 'asmith')).user.id;
  const twoDaysAgo = new Date(Date.now() - 48 * 3_600_000).toISOString();
  const [waiting, fresh] = await seed([
    { title: 'Badge reader rejects every card', status: 'assigned', assigneeId: al, createdAt: twoDaysAgo, updatedAt: twoDaysAgo },
    { title: 'Keyboard missing keys', status: 'assigned', assigneeId: al },
  ]);
  const { page, sync, list, order } = await signedIn(browser, 'asmith');
  const row = (title: string) => list.rows.filter({ hasText: title });
  await expect(row('Badge reader rejects every card')).toContainText('update client');
  await expect(row('Keyboard missing keys')).not.toContainText('update client');

  await order.open(env.shell.url, waiting!.id);
  await page.getByLabel('Note text').fill('Told the clerk a new reader is on order.');
  await page.getByLabel('Client update').check();
  await page.getByRole('combobox', { name: 'How' }).selectOption({ label: 'Phone' });
  await page.getByRole('textbox', { name: 'Time frame promised' }).fill('by Friday noon');
  await page.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(order.timelineEntry('Told the clerk a new reader is on order.')).toContainText('(Phone; promised by Friday noon)');
  await expect(page.getByTestId('work-order-client-updated')).not.toContainText('update due');
  await sync.expectOnlineAndSent();

  await page.getByRole('link', { name: 'Work orders' }).first().click();
  await expect(row('Badge reader rejects every card')).not.toContainText('update client');
  expect((await stored(waiting!.id)).clientUpdatedAt).toBeDefined();
  expect((await stored(fresh!.id)).clientUpdatedAt).toBeUndefined();
});

test('a technician adds time worked by hand and by the timer, which keeps running over a reload', async ({ browser }) => {
  const al = (await loginHttp(env.server.url, 'asmith')).user.id;
  const [laptop] = await seed([{ title: 'Laptop will not boot', status: 'in-progress', assigneeId: al }]);
  const { page, sync, order } = await signedIn(browser, 'asmith');
  await order.open(env.shell.url, laptop!.id);
  const time = page.getByRole('region', { name: 'Time' });

  await time.getByRole('textbox', { name: 'Minutes worked' }).fill('45');
  await time.getByRole('button', { name: 'Add time' }).click();
  await expect(time.getByTestId('time-total')).toHaveText('Time worked: 45 min');
  await expect(time.getByRole('table', { name: 'Time per technician per day' })).toContainText('Al Smith');
  await expect(order.timelineEntry('45 min')).toBeVisible();

  await time.getByRole('button', { name: 'Start timer' }).click();
  await expect(time.getByTestId('timer-running')).toContainText('Timer running since');
  await page.reload();
  await expect(time.getByTestId('timer-running')).toContainText('Timer running since');
  // Stopped within the minute: nothing to add, and it says so.
  await time.getByRole('button', { name: 'Stop timer' }).click();
  await expect(time.getByRole('alert')).toHaveText('Less than a minute was timed: nothing was added.');
  await expect(time.getByTestId('time-total')).toHaveText('Time worked: 45 min');
  await sync.expectOnlineAndSent();

  const { token } = await loginHttp(env.server.url, 'dcruz');
  const entries = [...(await pullAll(env.server.url, token, 'work-order-notes')).values()].filter((n) => n.workOrderId === laptop!.id && n.kind === 'time-entry');
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ authorId: al, time: { timer: false } });
});

test('a request taken offline runs to its sign-off: intake with diagnostic answers, a checklist that escalates (resuming after a reload), a level-2 technician taking it after sync, the clock paused on hold, time, a signature and the service report PDF', async ({ browser }) => {
  const boss = await loginHttp(env.server.url, 'dcruz');
  const site = { id: 'site-annex', code: 'ANX', name: 'County Annex', address: '1 Main St', buildings: [{ name: 'Main', rooms: ['101', '102'] }], updatedAt: new Date().toISOString(), _deleted: false };
  expect(await http(env.server.url, '/sync/sites/push', { token: boss.token, body: [{ assumedMasterState: null, newDocumentState: site }] })).toMatchObject({ status: 200, body: [] });
  const { page, sync, order, assignment } = await signedIn(browser, 'asmith');
  await page.context().setOffline(true);

  // Intake, offline: the caller, the place, the category's questions, impact and urgency.
  await page.getByRole('link', { name: 'New work order' }).click();
  await page.getByRole('combobox', { name: 'Requester' }).fill('Pat Moreno');
  await page.getByRole('textbox', { name: 'Department' }).fill('Assessor');
  await page.getByRole('combobox', { name: 'Site' }).selectOption({ label: 'County Annex' });
  await page.getByRole('combobox', { name: 'Building' }).selectOption({ label: 'Main' });
  await page.getByRole('combobox', { name: 'Room' }).selectOption({ label: '102' });
  await page.getByRole('textbox', { name: 'Title' }).fill('Front desk PC has no network');
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Network' });
  const questions = page.getByRole('group', { name: 'Questions to ask' });
  await questions.getByRole('combobox', { name: 'Wired or wireless?' }).selectOption({ label: 'Wired' });
  await questions.getByRole('textbox', { name: 'Since when, and did it ever work from this spot?' }).fill('Since this morning');
  await page.getByRole('combobox', { name: 'Impact: who is affected' }).selectOption({ label: 'A team or department' });
  await page.getByRole('combobox', { name: 'Urgency: how badly' }).selectOption({ label: 'Work has stopped' });
  await page.getByRole('button', { name: 'Create work order' }).click();
  await expect(page.getByRole('heading', { name: /Front desk PC has no network/ })).toBeVisible();
  await expect(order.timelineEntry('Intake answers:')).toContainText('Wired or wireless? Wired');
  await order.chooseStatus('In progress');
  await expect(page.getByText('Saving makes you its assignee.')).toBeVisible();
  await order.saveStatusButton.click();
  await expect(order.slaClock('response')).toHaveText(/^Response: Met, /);

  // The category's checklist, each answer on the timeline as it is given.
  const checklist = page.getByRole('region', { name: /^Checklist/ });
  await expect(checklist.getByRole('combobox', { name: 'Checklist to run' })).toHaveValue('network-outage');
  await checklist.getByRole('button', { name: 'Start checklist' }).click();
  await checklist.getByRole('button', { name: 'Only this device' }).click();
  await checklist.getByRole('button', { name: 'No', exact: true }).click();
  await expect(checklist.getByRole('group', { name: 'Step: Are the link lights on?' })).toBeVisible();
  await expect(order.timelineEntry('No network connectivity: Does the device connect with a known good cable? No')).toContainText('pending');

  // Answers are timeline entries: after a reload the run resumes where it was.
  await page.reload();
  await expect(checklist.getByRole('list', { name: 'Answers given' })).toContainText('Who has no network? Only this device');
  await checklist.getByRole('button', { name: 'Yes', exact: true }).click();
  await checklist.getByRole('button', { name: 'A county address' }).click();
  // A changed answer takes the run down the other branch.
  await checklist.getByRole('button', { name: 'Change the answer to “Are the link lights on?”' }).click();
  await checklist.getByRole('button', { name: 'No', exact: true }).click();
  await expect(checklist.getByRole('group', { name: 'Step: Does it connect on the other port?' })).toBeVisible();
  await checklist.getByRole('button', { name: 'No', exact: true }).click();

  // The escalate exit: written to the work order, and the escalation form filled from the answers.
  await expect(checklist.getByText('The checklist suggests escalating to level 2')).toBeVisible();
  await expect(order.timelineEntry('No network connectivity ended, escalate to level 2: No link on two wall ports')).toBeVisible();
  await checklist.getByRole('button', { name: 'Escalate with these answers' }).click();
  await expect(page.getByRole('textbox', { name: 'Reason for escalating' })).toHaveValue('No link on two wall ports with a good cable: the network adapter or the switch port may have failed.');
  await expect(page.getByRole('textbox', { name: 'What was tried' })).toHaveValue(/Are the link lights on\? No\nDoes it connect on the other port\? No/);
  await page.getByRole('button', { name: 'Escalate to level 2' }).click();
  await expect(order.status).toHaveText('New');
  await expect(assignment.level).toHaveText('Level 2');
  await expect(assignment.assignee).toHaveText('Nobody yet');

  await page.context().setOffline(false);
  await sync.expectOnlineAndSent();
  const notes = async (id: string) => [...(await pullAll(env.server.url, boss.token, 'work-order-notes')).values()].filter((n) => n.workOrderId === id);
  const created = [...(await pullAll(env.server.url, boss.token, 'work-orders')).values()].find((w) => w.title === 'Front desk PC has no network') as unknown as WorkOrder;
  expect(created).toMatchObject({ status: 'new', supportLevel: 2, assigneeId: '', priority: 2, requester: { name: 'Pat Moreno', department: 'Assessor' }, siteId: 'site-annex', room: '102' });
  const answers = (await notes(created.id)).filter((n) => n.kind === 'checklist-answer');
  expect(answers.map((n) => (n.checklistAnswer as { step: string }).step).sort()).toEqual(['cable', 'ip-config', 'link-lights', 'link-lights', 'other-port', 'others-affected']);
  expect((await notes(created.id)).filter((n) => n.kind === 'checklist-outcome').map((n) => n.checklistOutcome)).toEqual([expect.objectContaining({ template: 'network-outage', outcome: 'escalate' })]);

  // A level-2 technician, on another laptop, finds it in the unassigned work of their level and takes it.
  const second = await signedIn(browser, 'bjones');
  await second.list.showScope('Unassigned');
  await second.list.rows.filter({ hasText: 'Front desk PC has no network' }).click();
  await expect(second.order.timelineEntry('Referred from level 1 to level 2')).toContainText('Al Smith');
  await expect(second.order.timelineEntry('Intake answers:')).toContainText('Since when, and did it ever work from this spot? Since this morning');
  await second.page.context().setOffline(true);
  await second.order.chooseStatus('In progress');
  await second.order.saveStatusButton.click();
  await expect(second.assignment.assignee).toHaveText('Bea Jones');

  // Waiting for the client pauses the resolution clock; back at work, it runs again.
  await second.order.putOnHold('Waiting for client');
  await expect(second.order.slaClock('resolution')).toHaveText(/^Resolution: Paused while on hold \(waiting for client\): /);
  await second.order.changeStatus('In progress');
  await expect(second.order.slaClock('resolution')).toHaveText(/^Resolution: .* (left|late)/);

  // Time worked, the fix, the client's signature and the service report, all offline.
  const time = second.page.getByRole('region', { name: 'Time' });
  await time.getByRole('textbox', { name: 'Minutes worked' }).fill('40');
  await time.getByRole('button', { name: 'Add time' }).click();
  await expect(time.getByTestId('time-total')).toHaveText('Time worked: 40 min');
  await second.order.chooseStatus('Resolved');
  await second.page.getByRole('combobox', { name: 'Resolution code' }).selectOption({ label: 'Cable or port fixed' });
  await second.page.getByRole('textbox', { name: 'Resolution summary' }).fill('Patched room 102 to a working switch port.');
  await second.order.saveStatusButton.click();
  await expect(second.order.status).toHaveText('Resolved');
  await new AttachmentsSection(second.page).addSignature('Pat Moreno');
  await second.page.getByRole('link', { name: 'Service report' }).click();
  const report = new ReportPage(second.page, 'Service report');
  await expect(report.report.getByRole('img', { name: 'Signature of Pat Moreno' })).toBeVisible();
  const pdf = join(mkdtempSync(join(tmpdir(), 'fd-e2e-service-')), 'service.pdf');
  writeFileSync(pdf, await second.page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
  for (const words of ['Service report', 'Front desk PC has no network', 'Pat Moreno', 'Cable or port fixed', 'Patched room 102 to a working switch port.', 'Does it connect on the other port? No', 'No network connectivity ended, escalate to level 2', 'Total: 40 min', 'Client sign-off', 'Signature of Pat Moreno', 'Page 1 of']) {
    expect(text).toContain(words);
  }

  await second.page.context().setOffline(false);
  await second.sync.expectOnlineAndSent();
  expect(await stored(created.id)).toMatchObject({ status: 'resolved', supportLevel: 2, resolutionCode: 'cable-or-port', assigneeId: (await loginHttp(env.server.url, 'bjones')).user.id });
  const kinds = (await notes(created.id)).map((n) => n.kind);
  expect(kinds).toEqual(expect.arrayContaining(['referral', 'time-entry', 'status-change']));
  expect([...(await pullAll(env.server.url, boss.token, 'attachments')).values()].filter((a) => (a.owner as { id: string }).id === created.id && a.kind === 'signature')).toHaveLength(1);
});

test("a technician's checklist ends in a fix: its suggested resolution code and summary fill the status form, the client signs off, and the service report printed to PDF says it all, offline", async ({ browser }) => {
  const al = (await loginHttp(env.server.url, 'asmith')).user.id;
  const [pc] = await seed([{ title: 'Clerk PC dropped off the network', category: 'network', status: 'in-progress', assigneeId: al }]);
  const { page, sync, order } = await signedIn(browser, 'asmith');
  await order.open(env.shell.url, pc!.id);
  await page.context().setOffline(true);
  const checklist = page.getByRole('region', { name: /^Checklist/ });
  await checklist.getByRole('button', { name: 'Start checklist' }).click();
  await checklist.getByRole('button', { name: 'Only this device' }).click();
  await checklist.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(checklist.getByText('The checklist suggests resolving')).toBeVisible();
  await checklist.getByRole('button', { name: 'Resolve with this' }).click();

  await expect(order.newStatus).toHaveValue('resolved');
  await expect(page.getByRole('combobox', { name: 'Resolution code' })).toHaveValue('cable-or-port');
  await expect(page.getByRole('textbox', { name: 'Resolution summary' })).toHaveValue(/^The network cable was faulty or loose/);
  await order.saveStatusButton.click();
  await expect(order.status).toHaveText('Resolved');
  await expect(page.getByTestId('work-order-resolution-code')).toHaveText('Cable or port fixed');

  // The client signs off on the laptop, and the service report says it all, printed to PDF.
  const time = page.getByRole('region', { name: 'Time' });
  await time.getByRole('textbox', { name: 'Minutes worked' }).fill('25');
  await time.getByRole('button', { name: 'Add time' }).click();
  await new AttachmentsSection(page).addSignature('Dana Whitfield');
  await page.getByRole('link', { name: 'Service report' }).click();
  const report = new ReportPage(page, 'Service report');
  await expect(report.title).toHaveText('Service report');
  await expect(report.report.getByRole('img', { name: 'Signature of Dana Whitfield' })).toBeVisible();
  const pdf = join(mkdtempSync(join(tmpdir(), 'fd-e2e-service-')), 'service.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
  for (const words of ['Service report', 'Clerk PC dropped off the network', 'Cable or port fixed', 'The network cable was faulty or loose', 'Who has no network? Only this device', 'No network connectivity ended, resolved', 'Total: 25 min', 'Client sign-off', 'Signature of Dana Whitfield', 'Page 1 of']) {
    expect(text).toContain(words);
  }
  expect(text).not.toContain('Print / Save PDF');

  await page.context().setOffline(false);
  await sync.expectOnlineAndSent();
  expect(await stored(pc!.id)).toMatchObject({ status: 'resolved', resolutionCode: 'cable-or-port', resolutionSummary: expect.stringMatching(/^The network cable was faulty or loose/) });
});
