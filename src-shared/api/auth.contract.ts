import type { SessionUser } from '../sync/protocol';

/** Who is signed in on this device, and against which central server. */
export type SessionInfo = { user: SessionUser; serverUrl: string; expiresAt: string };

export type AuthContract = {
  /** Signs in against a central server; the session is kept (encrypted in Electron) for offline starts. */
  'auth:login': (arg: { serverUrl: string; username: string; password: string }) => Promise<SessionInfo>;
  /** Ends the session on the server when reachable and forgets it on this device. */
  'auth:logout': (arg: Record<string, never>) => Promise<void>;
  /** The kept session, or null before the first login; works offline. */
  'auth:session': (arg: Record<string, never>) => Promise<SessionInfo | null>;
};

export const authChannels = ['auth:login', 'auth:logout', 'auth:session'] as const satisfies readonly (keyof AuthContract)[];
