import { expect, test } from '@playwright/test';
import { serveRenderer } from '../support/static-server';
import { LoginPage } from './pages/login-page';

// 192.0.2.0/24 is reserved for documentation: an address on another machine, no server needed.
const remote = 'http://192.0.2.10:8787';
let shell: Awaited<ReturnType<typeof serveRenderer>>;
test.beforeAll(async () => void (shell = await serveRenderer(remote)));
test.afterAll(() => shell.close());

test('signing in over plain HTTP to another machine asks first; this machine does not', async ({ page }) => {
  // Nothing listens there: the attempt is refused at once rather than left to time out.
  await page.route(`${remote}/**`, (route) => route.abort('connectionrefused'));
  await page.goto(shell.url);
  const login = new LoginPage(page);
  await login.signIn(remote, 'tech01');
  await expect(login.alert).toContainText('This connection is not secure.');
  await expect(page.getByRole('button', { name: 'Sign in anyway' })).toBeVisible();

  await login.signInAnyway();
  await expect(login.alert).toHaveText(`Can't reach the server at ${remote}: check the address and the network, then sign in again.`, { timeout: 60_000 });

  await login.signIn('http://127.0.0.1:9', 'tech01');
  await expect(page.getByRole('button', { name: 'Sign in anyway' })).toHaveCount(0);
  await expect(login.alert).toHaveText("Can't reach the server at http://127.0.0.1:9: check the address and the network, then sign in again.", { timeout: 60_000 });
});
