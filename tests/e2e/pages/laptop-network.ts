import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { NetworkLink } from '../../support/network-link';
import { LoginPage } from './login-page';
import { SyncIndicator } from './sync-indicator';

/**
 * One laptop's network, for a user who goes offline while others stay online: its own way to the
 * server is cut (the port closes, service-worker fetches included) as well as Chromium's offline
 * switch thrown, so no request slips through an open connection.
 */
export class LaptopNetwork {
  constructor(
    private readonly context: BrowserContext,
    private readonly link: NetworkLink,
  ) {}

  /** The server address this laptop signs in to. */
  get serverUrl(): string {
    return this.link.url;
  }

  async goOffline(): Promise<void> {
    await this.link.cut();
    await this.context.setOffline(true);
  }

  /** The network vanishes without a word: connections stay open, nothing gets through. */
  vanish(): void {
    this.link.freeze();
  }

  /** It comes back, and what waited is carried. */
  reappear(): void {
    this.link.thaw();
  }

  async goOnline(): Promise<void> {
    await this.link.restore();
    await this.context.setOffline(false);
  }
}

/**
 * A laptop of its own (a fresh browser profile on its own network link), signed in as `username`
 * and through its first sync.
 */
export async function signedInLaptop(
  browser: Browser,
  shellUrl: string,
  link: NetworkLink,
  username: string,
): Promise<{ context: BrowserContext; page: Page; network: LaptopNetwork; sync: SyncIndicator }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const network = new LaptopNetwork(context, link);
  await page.goto(shellUrl);
  await new LoginPage(page).signIn(network.serverUrl, username);
  const sync = new SyncIndicator(page);
  await sync.expectUpToDate();
  return { context, page, network, sync };
}
