import { expect, test } from '@playwright/test';
import { useCentralServer } from './pages/central-server';
import { signedInLaptop } from './pages/laptop-network';

const env = useCentralServer({ demoAssets: 300, links: 1 });

/** Issue #10: the status tells the truth within 2 seconds, whichever way the network goes. */
const deadline = { timeout: 2_000 };

test('a technician sees within two seconds that the network went away or came back, however it went', async ({ browser }) => {
  const { context, network, sync } = await signedInLaptop(browser, env.shell.url, env.links[0]!, 'tech01');

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
  // Why, in words: never the browser's own error text.
  await expect(sync.error).toHaveText("Can't reach the server");
  await expect(sync.error).toHaveAttribute('title', /^Can't reach the server at .+: check the address and the network\. Your work is saved on this device/);
  await env.restart();
  await expect(sync.state).toHaveText('Online', deadline);
  await context.close();
});

test('the sync details say, for each kind of record, how much is here, whether it is up to date, and what went wrong', async ({ browser }) => {
  const { context, page, sync } = await signedInLaptop(browser, env.shell.url, env.links[0]!, 'tech02');
  await sync.openDetails();
  await expect(sync.detailsRow('Assets')).toContainText('300');
  for (const records of ['Assets', 'Work orders', 'People', 'County settings and templates']) {
    await expect(sync.detailsRow(records)).toContainText('Up to date');
  }

  await env.server.stop();
  await expect(sync.state).toHaveText('Offline', deadline);
  // What went wrong, in words: never the browser's own error text.
  await expect(sync.detailsRow('Work orders')).toContainText('Up to date at the last sync');
  const panel = page.getByRole('dialog', { name: 'Sync details' });
  await expect(panel).toContainText(/Last problem: Can't reach the server at .+: check the address and the network/);
  await expect(panel).not.toContainText(/Failed to fetch|TypeError|ECONNREFUSED/);

  await env.restart();
  await expect(sync.state).toHaveText('Online');
  await expect(sync.detailsRow('Work orders')).toContainText('Up to date');
  await expect(panel).not.toContainText('Last problem');
  await context.close();
});
