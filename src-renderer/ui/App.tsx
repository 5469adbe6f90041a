import { useEffect, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { FieldDeskApi } from '@shared/api/contract';
import type { SessionInfo } from '@shared/api/auth.contract';
import { HostProvider } from '../host/api-context';
import { LoginScreen } from '../features/login/LoginScreen';
import { Workspace } from '../features/workspace/Workspace';
import { theme } from './theme';
import { Splash } from './Splash';

/** Signed out: the login screen. Signed in (even offline, from the kept session): the workspace. */
export function App({ api }: { api: FieldDeskApi }) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  useEffect(() => {
    void api['auth:session']({}).then(setSession);
  }, [api]);

  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      {session === undefined ? (
        <Splash text="Opening FieldDesk…" />
      ) : (
        <HostProvider api={api} session={session}>
          {session ? <Workspace key={session.user.id} onSignedOut={() => setSession(null)} /> : <LoginScreen onSignedIn={setSession} />}
        </HostProvider>
      )}
    </MantineProvider>
  );
}
