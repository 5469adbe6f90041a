import { useEffect, useState } from 'react';
import { Route, Router, Switch, Link } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { openDatabase, type FieldDeskDatabase } from '../../db/database';
import { startSync } from '../../sync/start-sync';
import { useApi, useSession } from '../../host/api-context';
import { SyncIndicator } from '../sync-status/SyncIndicator';
import { WorkOrderList } from '../work-orders/WorkOrderList';
import { WorkOrderPage } from '../work-orders/WorkOrderPage';
import { ConflictsPage } from '../conflicts/ConflictsPage';
import { ConflictsLink } from '../conflicts/ConflictsLink';
import { AdminPage } from '../admin/AdminPage';
import { OpenWorkOrdersReport } from '../reports/OpenWorkOrdersReport';
import { SoundToggle } from '../feedback/SoundToggle';
import { SettingsPage } from '../settings/SettingsPage';
import { startAttachmentsDevice } from '../attachments/attachments-device';
import { ScanTestPage } from '../scanning/ScanTestPage';

/**
 * The previous user's database closing: RxDB counts the collections of every open database of the
 * page against its limit of 13, so the next user's database opens only once the last one closed.
 */
let previousClosed: Promise<void> = Promise.resolve();

/** The signed-in app: the user's local database, its background sync, and the screens. */
export function Workspace({ onSignedOut }: { onSignedOut: () => void }) {
  const api = useApi();
  const session = useSession();
  const [db, setDb] = useState<FieldDeskDatabase | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let close: (() => Promise<void>) | undefined;
    let cancelled = false;
    const opening = previousClosed.then(() => openDatabase(session.user.id));
    opening.then(
      (opened) => {
        const sync = startSync(opened, api);
        const attachments = startAttachmentsDevice(opened, api, { id: session.user.id, role: session.user.role });
        // Signing out closes the database; what waits to be sent stays in it for this user's next sign-in.
        close = async () => {
          await attachments.stop();
          await sync.stop();
          await opened.close();
        };
        if (!cancelled) setDb(opened);
      },
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
      previousClosed = opening.then(() => close?.()).catch(() => undefined);
    };
  }, [api, session.user.id, session.user.role]);

  const signOut = async () => {
    await api['auth:logout']({});
    onSignedOut();
  };

  if (failure) return <p className="splash error">The local database could not be opened: {failure}</p>;
  if (!db) return <p className="splash">Opening your work…</p>;
  return (
    <RxDatabaseProvider database={db}>
      <Router hook={useHashLocation}>
        <header className="topbar">
          <Link href="/" className="brand">FieldDesk</Link>
          <nav>
            <Link href="/">Work orders</Link>
            <ConflictsLink />
            <Link href="/settings">County settings</Link>
            <Link href="/scan-test">Scan test</Link>
            {session.user.role === 'admin' && <Link href="/admin">User accounts</Link>}
          </nav>
          <SyncIndicator />
          <SoundToggle />
          <span className="who" data-testid="signed-in-user">
            {session.user.name} · {session.user.role}
          </span>
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </header>
        <main>
          <Switch>
            <Route path="/work-orders/:id">{(params) => <WorkOrderPage id={params.id} />}</Route>
            <Route path="/conflicts">
              <ConflictsPage />
            </Route>
            <Route path="/reports/open-work-orders">
              <OpenWorkOrdersReport />
            </Route>
            <Route path="/admin">
              <AdminPage />
            </Route>
            <Route path="/settings">
              <SettingsPage />
            </Route>
            <Route path="/scan-test">
              <ScanTestPage />
            </Route>
            <Route>
              <WorkOrderList />
            </Route>
          </Switch>
        </main>
      </Router>
    </RxDatabaseProvider>
  );
}
