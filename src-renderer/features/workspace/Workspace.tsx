import { useEffect, useState } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { openDatabase, type FieldDeskDatabase } from '../../db/database';
import { startSync } from '../../sync/start-sync';
import { useApi, useSession } from '../../host/api-context';
import { failureCase, failureSentences } from '../../ui/plain-error';
import { Splash } from '../../ui/Splash';
import { WorkOrderList } from '../work-orders/WorkOrderList';
import { WorkOrderPage } from '../work-orders/WorkOrderPage';
import { IntakePage } from '../intake/IntakePage';
import { ConflictsPage } from '../conflicts/ConflictsPage';
import { AdminPage } from '../admin/AdminPage';
import { OpenWorkOrdersReport } from '../reports/OpenWorkOrdersReport';
import { SettingsPage } from '../settings/SettingsPage';
import { startAttachmentsDevice } from '../attachments/attachments-device';
import { ScanTestPage } from '../scanning/ScanTestPage';
import { AssetSummary } from '../assets/AssetSummary';
import { ServiceReport } from '../service-report/ServiceReport';
import { InventoryRoutes } from '../inventory/InventoryRoutes';
import { ErgonomicsRoutes } from '../ergonomics/ErgonomicsRoutes';
import { ComingPage } from './ComingPage';
import { Shell } from './Shell';
import { screens } from './screens';

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
      (error: unknown) => {
        console.error('The local database could not be opened.', error);
        const which = failureCase(error);
        setFailure(failureSentences[which === 'unexpected' ? 'storage-unavailable' : which]({}));
      },
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

  if (failure) return <Splash text={failure} failed />;
  if (!db) return <Splash text="Opening your work…" />;
  return (
    <RxDatabaseProvider database={db}>
      <Router hook={useHashLocation}>
        <Shell onSignOut={() => void signOut()}>
          <Switch>
            <Route path="/work-orders/new">
              <IntakePage />
            </Route>
            <Route path="/work-orders/:id/report">{(params) => <ServiceReport id={params.id} />}</Route>
            <Route path="/work-orders/:id">{(params) => <WorkOrderPage id={params.id} />}</Route>
            <Route path="/assets/:id">{(params) => <AssetSummary id={params.id} />}</Route>
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
            <Route path="/inventory" nest>
              <InventoryRoutes />
            </Route>
            <Route path="/ergonomics/*?">
              <ErgonomicsRoutes />
            </Route>
            <Route path="/scan-test">
              <ScanTestPage />
            </Route>
            {screens
              .filter((s) => s.coming)
              .map((s) => (
                <Route key={s.path} path={s.path}>
                  <ComingPage screen={s} />
                </Route>
              ))}
            <Route>
              <WorkOrderList />
            </Route>
          </Switch>
        </Shell>
      </Router>
    </RxDatabaseProvider>
  );
}
