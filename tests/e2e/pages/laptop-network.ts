import type { BrowserContext } from '@playwright/test';
import type { NetworkLink } from '../../support/network-link';

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

  async goOnline(): Promise<void> {
    await this.link.restore();
    await this.context.setOffline(false);
  }
}
