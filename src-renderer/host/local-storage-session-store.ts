import type { SessionStore, StoredSession } from '@shared/sync/session-store';

const key = 'fielddesk.session';

/**
 * The browser host keeps its session in localStorage (the page's origin only). Electron keeps it
 * encrypted with safeStorage instead; a browser has no equivalent, so supervisors on shared
 * computers should sign out.
 */
export const localStorageSessionStore: SessionStore = {
  async load() {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as StoredSession;
    } catch {
      localStorage.removeItem(key);
      return null;
    }
  },
  async save(session) {
    localStorage.setItem(key, JSON.stringify(session));
  },
  async clear() {
    localStorage.removeItem(key);
  },
};
