import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SessionStore, StoredSession } from '@shared/sync/session-store';

export type Cipher = { encrypt(plain: string): Buffer; decrypt(sealed: Buffer): string };

/**
 * Keeps the session in one file in the user-data folder, sealed by `cipher` (Electron's
 * safeStorage: DPAPI on Windows, the keychain on macOS, the secret service on Linux).
 * An unreadable file counts as signed out rather than crashing the start.
 */
export function encryptedSessionStore(file: string, cipher: Cipher): SessionStore {
  return {
    async load() {
      const sealed = await readFile(file).catch(() => null);
      if (!sealed) return null;
      try {
        return JSON.parse(cipher.decrypt(sealed)) as StoredSession;
      } catch {
        return null;
      }
    },
    async save(session) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, cipher.encrypt(JSON.stringify(session)), { mode: 0o600 });
    },
    async clear() {
      await rm(file, { force: true });
    },
  };
}
