import type { SessionUser } from './protocol';

/** What a device keeps of its session so the app opens offline: the token stays secret at rest. */
export type StoredSession = { serverUrl: string; token: string; expiresAt: string; user: SessionUser };

/** Where the gateway keeps the session: safeStorage-encrypted file in Electron, localStorage in a browser. */
export type SessionStore = {
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
};

/** A store that forgets on restart (tests, and a browser with storage disabled). */
export function memorySessionStore(initial: StoredSession | null = null): SessionStore {
  let current = initial;
  return {
    load: async () => current,
    save: async (s) => void (current = s),
    clear: async () => void (current = null),
  };
}
