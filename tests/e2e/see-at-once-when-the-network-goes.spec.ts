import { expect, test } from '@playwright/test';
import { LoginPage } from './pages/login-page';
import { useCentralServer } from './pages/central-server';
import { LaptopNetwork } from './pages/laptop-network';
import { SyncIndicator } from './pages/sync-indicator';

const env = useCentralServer({ links: 1 });

/** Issue #10: the status tells the truth within 2 seconds, whichever way the network goes. */
const deadline = { timeout: 2_000 };

test('a technician sees within two seconds that the network went away or came back, however it went', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const network = new LaptopNetwork(context, env.links[0]!);
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(network.serverUrl, 'tech01');
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate();

  // A Wi-Fi that vanished without a word: only the server's heartbeat stops.
  network.vanish();
  await expect(sync.state).toHaveText('Offline', deadline);
  network.reappear();
  await expect(sync.state).toHaveText('Online', deadline);

  // The laptop's own network switched off: the browser says so at once.
  await context.setOffline(true);
  await expect(sync.state).toHaveText('Offline', deadline);
  await context.setOffline(false);
  await expect(sync.state).toHaveText('Online', deadline);

  // The server stopped and started again.
  await env.server.stop();
  await expect(sync.state).toHaveText('Offline', deadline);
  await env.restart();
  await expect(sync.state).toHaveText('Online', deadline);
  await context.close();
});
