import type { CDPSession, Page } from '@playwright/test';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Types `text` and Enter as a keyboard-wedge scanner does: every key stamped `gapMs` after the
 * last by the sender, as the operating system stamps a scanner's keys, and all of them sent at
 * once. Playwright's keyboard.type sends a key only once the page has handled the previous one,
 * so keys typed while the page is busy (storing and syncing the last scan) reach it far apart and
 * read as a person's typing; a real scanner's keys keep their own times however busy the page is.
 * Chromium's DevTools protocol takes the time of each key (`timestamp`), which the page reads as
 * the event's `timeStamp`.
 */
export async function wedgeScan(page: Page, text: string, gapMs = 4): Promise<void> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  const start = Date.now() / 1000;
  const sent: Promise<unknown>[] = [];
  [...text].forEach((ch, i) => {
    const timestamp = start + (i * gapMs) / 1000;
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch, timestamp }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, timestamp: timestamp + 0.001 }));
  });
  const timestamp = start + (text.length * gapMs) / 1000;
  sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', timestamp }));
  sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, timestamp: timestamp + 0.001 }));
  await Promise.all(sent);
}
