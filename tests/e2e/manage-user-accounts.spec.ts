import { expect, test, type Browser } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { AccountsPage } from './pages/accounts-page';
import { SyncIndicator } from './pages/sync-indicator';

const env = useCentralServer({ demoAssets: 300 });

async function openApp(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(env.shell.url);
  return { context, page, login: new LoginPage(page) };
}

test('an admin adds a user who signs in at once; disabled, that user is signed out and cannot sign in again', async ({ browser }) => {
  const admin = await openApp(browser);
  await admin.login.signIn(env.server.url, 'admin01');
  const accounts = new AccountsPage(admin.page);
  await accounts.open();
  await accounts.addUser({ name: 'Oscar Perez', username: 'oscar', role: 'Technician', level: 1, password: 'first day on the job' });
  await expect(accounts.notice).toHaveText('Oscar Perez can now sign in as oscar.');
  await expect(accounts.row('Oscar Perez')).toContainText('Active');

  const oscar = await openApp(browser);
  await oscar.login.signIn(env.server.url, 'oscar', 'first day on the job');
  await expect(new AppShell(oscar.page).user).toHaveAccessibleName('Oscar Perez, Technician: account menu');
  await expect(new AccountsPage(oscar.page).link).toHaveCount(0);
  await new SyncIndicator(oscar.page).expectOnlineAndSent();

  await accounts.disable('Oscar Perez');
  await expect(accounts.notice).toHaveText('Oscar Perez is disabled and signed out everywhere.');
  await expect(accounts.row('Oscar Perez')).toContainText('Disabled');
  // The open session ends: the app asks for the password again (the stream is cut within a heartbeat).
  await expect(new SyncIndicator(oscar.page).state).toHaveText('Session expired', { timeout: 60_000 });
  // Signing in again from the top bar says why not, in words.
  const indicator = oscar.page.getByTestId('sync-indicator');
  await indicator.getByLabel('Password').fill('first day on the job');
  await indicator.getByRole('button', { name: 'Sign in again' }).click();
  await expect(indicator.getByRole('alert')).toHaveText('This account is disabled: ask your administrator to enable it.');

  const again = await openApp(browser);
  await again.login.signIn(env.server.url, 'oscar', 'first day on the job');
  await expect(again.login.alert).toHaveText('This account is disabled: ask your administrator to enable it.');
  await expect(new AppShell(again.page).user).toHaveCount(0);

  for (const { context } of [admin, oscar, again]) await context.close();
});
