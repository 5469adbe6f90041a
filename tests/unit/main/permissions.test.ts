import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { appOrigins } from '../../../src-main/app/app-origins';
import { permissionCheckHandler, permissionRequestHandler } from '../../../src-main/app/permissions';

const contents = {} as WebContents;

/** What Electron's permission request handler answers, asked as Electron asks it. */
function requestAnswer(origins: readonly string[], permission: string, details: Record<string, unknown>): boolean {
  let granted: boolean | undefined;
  permissionRequestHandler(origins)(contents, permission as never, (answer) => (granted = answer), { isMainFrame: true, ...details } as never);
  if (granted === undefined) throw new Error('the handler never answered');
  return granted;
}

const checkAnswer = (origins: readonly string[], permission: string, origin: string, mediaType?: string) =>
  permissionCheckHandler(origins)(contents, permission as never, origin, { isMainFrame: true, mediaType } as never);

describe('Electron permissions (mocked Electron binary)', () => {
  const app = appOrigins();

  it('grants the camera to the app page', () => {
    expect(requestAnswer(app, 'media', { requestingUrl: 'app://fielddesk/index.html', securityOrigin: 'app://fielddesk', mediaTypes: ['video'] })).toBe(true);
    expect(checkAnswer(app, 'media', 'app://fielddesk', 'video')).toBe(true);
  });

  it('refuses the camera to any other page, a look-alike host included', () => {
    for (const url of ['https://evil.example/', 'app://fielddesk.evil.example/', 'app://other/', 'file:///index.html', 'http://localhost:5173/']) {
      expect(requestAnswer(app, 'media', { requestingUrl: url, mediaTypes: ['video'] }), url).toBe(false);
      expect(checkAnswer(app, 'media', url, 'video'), url).toBe(false);
    }
    // The app page framing someone else's: the frame's origin decides.
    expect(requestAnswer(app, 'media', { requestingUrl: 'app://fielddesk/index.html', securityOrigin: 'https://evil.example', mediaTypes: ['video'] })).toBe(false);
  });

  it('refuses the microphone, even to the app page', () => {
    expect(requestAnswer(app, 'media', { requestingUrl: 'app://fielddesk/index.html', mediaTypes: ['audio'] })).toBe(false);
    expect(requestAnswer(app, 'media', { requestingUrl: 'app://fielddesk/index.html', mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(requestAnswer(app, 'media', { requestingUrl: 'app://fielddesk/index.html', mediaTypes: [] })).toBe(false);
    expect(checkAnswer(app, 'media', 'app://fielddesk', 'audio')).toBe(false);
    expect(checkAnswer(app, 'media', 'app://fielddesk', 'unknown')).toBe(false);
    expect(checkAnswer(app, 'media', 'app://fielddesk')).toBe(false);
  });

  it('refuses every other permission to every page, the app page included', () => {
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'persistent-storage', 'unknown']) {
      expect(requestAnswer(app, permission, { requestingUrl: 'app://fielddesk/index.html' }), permission).toBe(false);
      expect(checkAnswer(app, permission, 'app://fielddesk'), permission).toBe(false);
    }
  });

  it('grants the camera to the dev server page in development, and only to its port', () => {
    const dev = appOrigins('http://localhost:5173');
    expect(requestAnswer(dev, 'media', { requestingUrl: 'http://localhost:5173/', securityOrigin: 'http://localhost:5173', mediaTypes: ['video'] })).toBe(true);
    expect(checkAnswer(dev, 'media', 'http://localhost:5173', 'video')).toBe(true);
    expect(requestAnswer(dev, 'media', { requestingUrl: 'http://localhost:51730/', mediaTypes: ['video'] })).toBe(false);
    expect(requestAnswer(app, 'media', { requestingUrl: 'http://localhost:5173/', mediaTypes: ['video'] })).toBe(false);
  });
});
