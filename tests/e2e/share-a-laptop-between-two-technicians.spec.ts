import { expect, test } from '@playwright/test';
import { loginHttp } from '../support/api';
import { pullAll } from '../support/pull-all';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { SyncIndicator } from './pages/sync-indicator';
import { WorkOrderListPage } from './pages/work-order-list-page';
import { WorkOrderPage } from './pages/work-order-page';

const env = useCentralServer({ demoAssets: 300 });

test('two technicians share one laptop: each signs in to their own work, and a note left unsent goes out at the next sign-in', async ({ browser }) => {
  // One browser profile, as one laptop: both users' local databases live in it.
  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  const sync = new SyncIndicator(page);
  const list = new WorkOrderListPage(page);
  const shell = new AppShell(page);
  const signOut = () => shell.signOut();
  await page.goto(env.shell.url);

  await new LoginPage(page).signIn(env.server.url, 'tech01');
  await sync.expectUpToDate();
  await list.filterStatus('Assigned');
  const id = await list.openFirst();
  const order = new WorkOrderPage(page);
  await env.server.stop();
  await sync.expectOffline();
  await order.addNote('Left for the next shift: the toner is in the cupboard.');
  await expect(sync.pending).toHaveText('1 pending');
  // Signing out with the note unsent: warned how many changes wait, with no network to sync now.
  await signOut();
  const warning = page.getByRole('dialog', { name: 'Sign out with changes not sent?' });
  await expect(warning).toContainText('1 change you made is kept on this laptop and not on the server yet');
  await expect(warning.getByRole('button', { name: 'Sync now' })).toHaveCount(0);
  await warning.getByRole('button', { name: 'Stay' }).click();
  await expect(shell.user).toBeVisible();
  await signOut();
  await page.getByRole('dialog', { name: 'Sign out with changes not sent?' }).getByRole('button', { name: 'Sign out anyway' }).click();

  await env.restart();
  await new LoginPage(page).signIn(env.server.url, 'tech02');
  await expect(shell.user).toHaveAccessibleName(/, Technician: account menu$/);
  await sync.expectUpToDate();
  // tech02's device sends nothing of tech01's: the note waits in tech01's own database.
  const { token } = await loginHttp(env.server.url, 'super01');
  const notesOf = async () => [...(await pullAll(env.server.url, token, 'work-order-notes')).values()].filter((n) => n.workOrderId === id).map((n) => n.text);
  expect(await notesOf()).not.toContain('Left for the next shift: the toner is in the cupboard.');
  await signOut();

  await new LoginPage(page).signIn(env.server.url, 'tech01');
  await sync.expectUpToDate();
  expect(await notesOf()).toContain('Left for the next shift: the toner is in the cupboard.');
  await laptop.close();
});
