import { expect, test } from '@playwright/test';
import type { WireDoc } from '@shared/sync/protocol';
import { http, loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import { useCentralServer } from './pages/central-server';
import { signedInLaptop } from './pages/laptop-network';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';
import { ConflictsPage } from './pages/conflicts-page';

/** One network link: the technician's laptop goes offline while the supervisor still reaches the server. */
const env = useCentralServer({ demoAssets: 300, links: 1 });

const note = 'Toner cartridge swapped, test page prints clean.';

/** Monica Hale (super01) closes the work order from her desk, over plain HTTP. */
async function supervisorCloses(id: string): Promise<{ token: string }> {
  const { token, user } = await loginHttp(env.server.url, 'super01');
  const stored = (await pullAll(env.server.url, token, 'work-orders')).get(id) as WireDoc;
  const closed = { ...stored, status: 'closed', resolutionCode: 'other', resolutionSummary: 'Printer replaced under the vendor contract.', updatedAt: new Date().toISOString(), updatedBy: user.id };
  const answer = await http(env.server.url, '/sync/work-orders/push', { token, body: [{ assumedMasterState: stored, newDocumentState: closed }] });
  expect(answer).toMatchObject({ status: 200, body: [] });
  return { token };
}

test('a technician whose offline status change met a work order closed meanwhile sees why in plain words, and their note still arrives', async ({ browser }) => {
  const { context, page, network, sync } = await signedInLaptop(browser, env.shell.url, env.links[0]!, 'tech01');

  const list = new WorkOrderListPage(page);
  await list.showScope('Assigned to me');
  await list.filterStatus('Assigned');
  const id = await list.openFirst();
  const order = new WorkOrderPage(page);
  await expect(order.status).toHaveText('Assigned');
  // Only the steps a technician may take: cancelling is a supervisor's, so it is not offered.
  expect(await order.offeredStatuses()).toEqual(['In progress', 'On hold']);

  await network.goOffline();
  await sync.expectOffline();
  await order.changeStatus('In progress');
  await expect(order.status).toHaveText('In progress');
  expect(await order.offeredStatuses()).toEqual(['On hold', 'Resolved']);
  // Resolving asks how it was resolved and what was done, and cannot be saved without them.
  await order.chooseStatus('Resolved');
  await expect(order.statusNeeds).toHaveText('A work order that is resolved needs a resolution code: choose how it was resolved.');
  await expect(order.saveStatusButton).toBeDisabled();
  await page.getByRole('combobox', { name: 'Resolution code' }).selectOption({ label: 'Hardware replaced' });
  await expect(order.statusNeeds).toHaveText('A work order that is resolved needs a resolution summary: describe what was done.');
  await expect(order.saveStatusButton).toBeDisabled();
  await order.addNote(note);
  await expect(order.timelineEntry(note)).toContainText('pending');
  await expect(sync.pending).toHaveText('2 pending');

  const { token } = await supervisorCloses(id);

  await network.goOnline();
  await sync.expectOnlineAndSent();
  await expect(order.status).toHaveText('Closed');
  await expect(order.noStatusStep).toHaveText('This work order is closed: it cannot be reopened.');
  await expect(order.timelineEntry('Assigned → In progress')).toContainText('not applied');
  await expect(order.timelineEntry(note)).not.toContainText('pending');
  await expect(order.timelineEntry('Ana Morales set the status to “In progress”; “Closed”, set by Monica Hale, was kept.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('in-progress');

  // The note reached the server beside the status change that did not: one row never holds back another.
  const notesOnServer = async () => [...(await pullAll(env.server.url, token, 'work-order-notes')).values()].filter((n) => n.workOrderId === id).map((n) => n.text);
  await expect.poll(notesOnServer).toContain(note);
  expect((await pullAll(env.server.url, token, 'work-orders')).get(id)).toMatchObject({ status: 'closed', resolutionCode: 'other', resolutionSummary: 'Printer replaced under the vendor contract.' });

  const conflicts = new ConflictsPage(page);
  await expect(conflicts.link).toHaveText('1 edit not applied');
  await conflicts.open();
  await expect(conflicts.entries).toHaveCount(1);
  const entry = conflicts.entries.first();
  await expect(entry).toContainText(
    'Monica Hale closed this work order before your change reached the server, so your change of its status to “In progress” was not applied. A closed work order cannot be reopened: open a new work order if the problem is back.',
  );
  // Re-applying would be refused (a closed work order is never reopened), so it is not offered.
  await expect(conflicts.reapplyButton(entry)).toHaveCount(0);
  // Plain words only: no ids, no stored values, nothing of the server's own text.
  const screen = page.locator('body');
  await expect(screen).not.toContainText(id);
  for (const technical of ['in-progress', 'status:', 'never reopened', '403', 'Error']) await expect(screen).not.toContainText(technical);

  await context.close();
});
