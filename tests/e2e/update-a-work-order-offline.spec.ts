import { expect, test } from '@playwright/test';
import { loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import type { CountyEmployee } from '@shared/schema/user.schema';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { signedIn } from './pages/signed-in';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';

const env = useCentralServer();

test('a technician updates a work order with the central server down, and nothing is lost', async ({ browser }) => {
  const techContext = await browser.newContext();
  const tech = await techContext.newPage();
  await tech.goto(env.shell.url);
  await new LoginPage(tech).signIn(env.server.url, 'tech01');

  const list = new WorkOrderListPage(tech);
  const techSync = new SyncIndicator(tech);
  // The first sync of 20,000 assets says how far it has got, in the records a technician knows.
  await expect(techSync.receiving('assets')).toBeVisible();
  await expect(techSync.progressText).toHaveText(/^[\d,]+ of 20,000 assets$/);
  await expect(list.count).toHaveText(/^\d+ work orders$/);
  // It keeps the main thread busy (see bench:sync); let it finish.
  await techSync.expectUpToDate();
  await expect(techSync.receiving('assets')).toHaveCount(0);
  await list.filterStatus('Assigned');
  await expect(list.rows.first()).toBeVisible();
  const id = await list.openFirst();
  const techOrder = new WorkOrderPage(tech);
  await expect(techOrder.status).toHaveText('Assigned');

  const superContext = await browser.newContext();
  const supervisor = await superContext.newPage();
  await supervisor.goto(env.shell.url);
  await new LoginPage(supervisor).signIn(env.server.url, 'super01');
  await new SyncIndicator(supervisor).expectUpToDate();
  const superOrder = new WorkOrderPage(supervisor);
  await superOrder.open(env.shell.url, id);
  await expect(superOrder.status).toHaveText('Assigned');

  await env.server.stop();
  await techSync.expectOffline();

  await techOrder.putOnHold('Waiting for parts');
  await techOrder.addNote('Fuser ordered from the vendor, arrives Tuesday.');
  await expect(techOrder.status).toHaveText('On hold (Waiting for parts)');
  await expect(techOrder.timelineEntry('Fuser ordered from the vendor')).toBeVisible();
  await expect(techSync.pending).toHaveText('2 pending');

  await tech.reload();
  await expect(techOrder.status).toHaveText('On hold (Waiting for parts)');
  await expect(techOrder.timelineEntry('Fuser ordered from the vendor')).toContainText('pending');
  await expect(techOrder.timelineEntry('Assigned → On hold (waiting for parts)')).toContainText('pending');
  await expect(techOrder.pendingBadge).toBeVisible();
  await expect(techSync.pending).toHaveText('2 pending');
  await techSync.expectOffline();

  await env.restart();
  await techSync.expectOnlineAndSent();
  await expect(techOrder.pendingBadge).toHaveCount(0);

  const { token } = await loginHttp(env.server.url, 'super02');
  const stored = await pullAll(env.server.url, token, 'work-orders');
  expect(stored.get(id)).toMatchObject({ status: 'on-hold', holdReason: 'waiting-for-parts' });
  const notes = [...(await pullAll(env.server.url, token, 'work-order-notes')).values()];
  expect(notes.filter((n) => n.workOrderId === id).map((n) => n.text)).toEqual(
    expect.arrayContaining(['Fuser ordered from the vendor, arrives Tuesday.', 'Status: Assigned → On hold: Waiting for parts']),
  );

  await expect(superOrder.status).toHaveText('On hold (Waiting for parts)', { timeout: 60_000 });
  await expect(superOrder.timelineEntry('Fuser ordered from the vendor')).toBeVisible();

  await techContext.close();
  await superContext.close();
});


test("a work order's service-level clocks, offline: response met when work starts, resolution paused while waiting for the client, running again after", async ({ browser }) => {
  const { context, page, sync } = await signedIn(browser, env, 'tech01');
  const list = new WorkOrderListPage(page);
  await list.filterStatus('Assigned');
  await list.openFirst();
  const order = new WorkOrderPage(page);
  await expect(order.status).toHaveText('Assigned');
  await context.setOffline(true);

  // Not yet answered: both clocks count, each saying what is left or how late it is.
  await expect(order.slaClock('response')).toHaveText(/^Response: .* (left|late)/);
  await expect(order.slaClock('resolution')).toHaveText(/^Resolution: .* (left|late)/);

  await order.changeStatus('In progress');
  await expect(order.slaClock('response')).toHaveText(/^Response: Met( late)?, /);
  const running = await order.slaClock('resolution').textContent();

  await order.putOnHold('Waiting for client');
  await expect(order.slaClock('resolution')).toHaveText(/^Resolution: Paused while on hold \(waiting for client\): /);
  // The response clock stays met: a hold does not undo an answer.
  await expect(order.slaClock('response')).toHaveText(/^Response: Met/);

  // The list shows both clocks of every work order, and sorts by due soonest: running clocks by
  // the time left (the most overdue first), paused ones after all of them.
  const number = (await page.getByTestId('work-order-number').textContent()) ?? '';
  await list.backToList();
  await list.filterStatus('Open');
  await list.filter.fill(number);
  await expect(list.row(number)).toContainText(/Responded( late)?Resolution paused, .* (left|late)/);
  await list.filter.fill('');
  await list.sortBy('Due');
  await expect(page.getByRole('button', { name: 'Due, sorted ascending' })).toBeVisible();
  const soonest = await list.column('due');
  expect(soonest.length).toBeGreaterThan(3);
  for (const due of soonest) expect(due).toMatch(/(Respond in|Resolve in|late)/);
  expect(soonest.join()).not.toContain('paused');
  await list.sortBy('Due');
  await expect(list.rows.first()).toContainText('paused');
  await list.filter.fill(number);
  await list.row(number).click();

  await order.changeStatus('In progress');
  await expect(order.slaClock('resolution')).not.toContainText('Paused');
  await expect(order.slaClock('resolution')).toHaveText(/^Resolution: .* (left|late)/);
  expect(running).toMatch(/^Resolution: .* (left|late)/);
  await context.close();
});

test('a technician takes a phone request offline: a county employee picked as typed, the category asks its questions, and the work order reaches the server with a number', async ({ browser }) => {
  const { token } = await loginHttp(env.server.url, 'super02');
  const { context, page, sync } = await signedIn(browser, env, 'tech01');
  // The county's employees without an account are on the laptop (DECISIONS #11), with their details.
  const employee = [...(await pullAll(env.server.url, token, 'users')).values()].find((u) => u.kind === 'employee' && u.name === 'Kofi Singh') as CountyEmployee | undefined;
  if (!employee) throw new Error('the demo county has the employee Kofi Singh');
  await context.setOffline(true);

  await page.getByRole('link', { name: 'New work order' }).click();
  await page.getByRole('combobox', { name: 'Requester' }).fill('Kofi Sin');
  await page.getByRole('option', { name: 'Kofi Singh', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Department' })).toHaveValue(employee.department ?? '');
  await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue(employee.phone ?? '');
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(employee.email ?? '');
  const site = page.getByRole('combobox', { name: 'Site' });
  await site.selectOption({ index: 1 });
  await page.getByRole('combobox', { name: 'Building' }).selectOption({ index: 1 });
  await page.getByRole('combobox', { name: 'Room' }).selectOption({ index: 1 });
  await page.getByRole('textbox', { name: 'Title' }).fill('No network at the front counter');
  await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Network' });
  const questions = page.getByRole('group', { name: 'Questions to ask' });
  await questions.getByRole('combobox', { name: 'Wired or wireless?' }).selectOption({ label: 'Wired' });
  await questions.getByRole('textbox', { name: 'Since when, and did it ever work from this spot?' }).fill('Since the move on Monday');
  await page.getByRole('combobox', { name: 'Impact: who is affected' }).selectOption({ label: 'A team or department' });
  await page.getByRole('combobox', { name: 'Urgency: how badly' }).selectOption({ label: 'Work has stopped' });
  await expect(page.getByTestId('intake-priority')).toHaveText('Priority: P2 High');
  await page.getByRole('button', { name: 'Create work order' }).click();

  const order = new WorkOrderPage(page);
  await expect(page.getByRole('heading', { name: /No network at the front counter/ })).toBeVisible();
  await expect(order.status).toHaveText('New');
  await expect(order.timelineEntry('Intake answers:')).toContainText('Wired or wireless? Wired');
  await expect(page.getByTestId('work-order-number')).toHaveText('new');

  await context.setOffline(false);
  await sync.expectOnlineAndSent();
  await expect(page.getByTestId('work-order-number')).toHaveText(/^WO-\d+$/);
  const created = [...(await pullAll(env.server.url, token, 'work-orders')).values()].find((w) => w.title === 'No network at the front counter');
  expect(created).toMatchObject({ status: 'new', category: 'network', impact: 2, urgency: 1, priority: 2, requester: { name: 'Kofi Singh', department: employee.department, phone: employee.phone, email: employee.email } });
  await context.close();
});
