import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appOrigins } from '../../../src-main/app/app-origins';
import { guardNavigation } from '../../../src-main/app/navigation-guard';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

/** A WebContents that records the listeners the guard attaches, so a test can fire its events. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const fire = (name: string, url?: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
    /** True when the guard stopped the navigation. */
    blocks: (url: string) => fire('will-navigate', url),
    blocksRedirect: (url: string) => fire('will-redirect', url),
    blocksWebview: () => fire('will-attach-webview'),
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('Electron navigation guard (mocked Electron binary)', () => {
  it('keeps the window on the app page: other sites, look-alike hosts and file: are stopped', () => {
    const window = fakeContents();
    guardNavigation(window.contents, { origins: appOrigins(), openExternal: vi.fn() });
    expect(window.blocks('app://fielddesk/index.html#/work-orders/1')).toBe(false);
    expect(window.blocks('https://evil.example/')).toBe(true);
    expect(window.blocks('app://fielddesk.evil.example/index.html')).toBe(true);
    expect(window.blocks('app://other/index.html')).toBe(true);
    expect(window.blocks('file:///etc/passwd')).toBe(true);
    expect(window.blocks('http://localhost:5173/')).toBe(true);
    expect(window.blocks('not a url')).toBe(true);
    expect(window.blocksRedirect('https://evil.example/')).toBe(true);
    expect(window.blocksRedirect('app://fielddesk/index.html')).toBe(false);
  });

  it('lets the page move on the dev server in development, on that port only', () => {
    const window = fakeContents();
    guardNavigation(window.contents, { origins: appOrigins('http://localhost:5173'), openExternal: vi.fn() });
    expect(window.blocks('http://localhost:5173/#/conflicts')).toBe(false);
    expect(window.blocks('http://localhost:51730/')).toBe(true);
    expect(window.blocks('app://fielddesk/index.html')).toBe(false);
  });

  it('never embeds a <webview>', () => {
    const window = fakeContents();
    guardNavigation(window.contents, { origins: appOrigins(), openExternal: vi.fn() });
    expect(window.blocksWebview()).toBe(true);
  });

  it('opens no window of its own: https links go to the user browser, anything else nowhere', () => {
    const window = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(window.contents, { origins: appOrigins(), openExternal });
    expect(window.open('https://support.vendor.example/manual')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://support.vendor.example/manual');
    for (const url of ['http://insecure.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://fielddesk/index.html']) {
      expect(window.open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
