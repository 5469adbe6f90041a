import { createContext, useContext, type ReactNode } from 'react';
import type { FieldDeskApi } from '@shared/api/contract';
import type { SessionInfo } from '@shared/api/auth.contract';

const ApiContext = createContext<FieldDeskApi | null>(null);
const SessionContext = createContext<SessionInfo | null>(null);

export function HostProvider({ api, session, children }: { api: FieldDeskApi; session: SessionInfo | null; children: ReactNode }) {
  return (
    <ApiContext.Provider value={api}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </ApiContext.Provider>
  );
}

/** FieldDeskApi, as the app's entry connected it. */
export function useApi(): FieldDeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside HostProvider');
  return api;
}

/** The signed-in user's session (inside the workspace only). */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in workspace');
  return session;
}
