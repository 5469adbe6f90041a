import { expect, type CDPSession, type Page } from '@playwright/test';

/** Stores ~200 KB of random bytes in a throw-away IndexedDB of the page's origin: 'stored' or 'refused'. */
const probeWrite = () =>
  new Promise<string>((resolve) => {
    const open = indexedDB.open('fielddesk-test-quota-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('bytes');
    open.onerror = () => resolve('refused');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('bytes', 'readwrite');
      for (let i = 0; i < 4; i++) tx.objectStore('bytes').put(crypto.getRandomValues(new Uint8Array(50_000)), `${Date.now()}-${i}`);
      tx.oncomplete = () => (db.close(), resolve('stored'));
      tx.onabort = () => (db.close(), resolve('refused'));
    };
  });

/**
 * A full disk, emulated with Chromium's per-origin quota override (DevTools protocol). Chromium's
 * IndexedDB grants writes from a cached allowance for up to 30 s after it last asked the quota
 * manager (BucketContext::kBucketSpaceCacheTimeLimit), so a lowered quota bites only once that
 * allowance has run out: `fill` waits for it with a probe of its own, never a fixed sleep.
 */
export class StorageQuota {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly origin: string,
  ) {}

  static async of(page: Page): Promise<StorageQuota> {
    return new StorageQuota(page, await page.context().newCDPSession(page), new URL(page.url()).origin);
  }

  /** Leaves no room beyond what the origin already uses, and returns once the browser refuses writes. */
  async fill(): Promise<void> {
    const usage = await this.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await this.cdp.send('Storage.overrideQuotaForOrigin', { origin: this.origin, quotaSize: usage });
    await expect.poll(() => this.page.evaluate(probeWrite), { timeout: 90_000, intervals: [1000] }).toBe('refused');
  }

  /** Gives the origin its real quota back (space freed on the laptop). */
  async free(): Promise<void> {
    await this.cdp.send('Storage.overrideQuotaForOrigin', { origin: this.origin });
  }
}
