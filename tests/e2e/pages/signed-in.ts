import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { CentralServer } from './central-server';
import { LoginPage } from './login-page';
import { SyncIndicator } from './sync-indicator';

/** A laptop of its own (a fresh browser profile), signed in as `username` straight to the server and through its first sync. */
export async function signedIn(browser: Browser, env: CentralServer, username: string): Promise<{ context: BrowserContext; page: Page; sync: SyncIndicator }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(env.shell.url);
  await new LoginPage(page).signIn(env.server.url, username);
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate();
  return { context, page, sync };
}
