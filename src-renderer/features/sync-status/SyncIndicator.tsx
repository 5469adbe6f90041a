import { useState, type FormEvent } from 'react';
import { useApi, useSession } from '../../host/api-context';
import { Button, Group, PasswordInput } from '@mantine/core';
import { formatDateTime, formatTime } from '../../ui/format';
import { failureSentence, failureSentences } from '../../ui/plain-error';
import { useSyncActivity } from '../../stores/sync-activity';
import { useShallow } from 'zustand/react/shallow';
import { firstSyncOf, progressOf, useSyncProgress } from '../../stores/sync-progress';
import type { CollectionName } from '@shared/schema/collections';
import { collectionWords, receivedOf } from './collection-words';
import { SyncDetails } from './SyncDetails';
import { usePendingActions, useSyncStatus } from './use-sync-status';
import { StorageTroubleNote, storageLabels, useStorageTrouble } from './StorageTroubleNote';

/** Always visible: online or not, how many changes wait to be sent, when it last synced, what failed. */
export function SyncIndicator() {
  const api = useApi();
  const session = useSession();
  const status = useSyncStatus();
  const pending = usePendingActions();
  const state = status?.connection.state ?? 'offline';
  const storage = useStorageTrouble();
  const busy = useSyncActivity((s) => s.busy) && state === 'online' && !storage;
  // Online but unable to store is not "online and fine": the storage trouble names the state.
  const label = storage && state === 'online' ? storageLabels[storage] : { online: 'Online', offline: 'Offline', expired: 'Session expired', 'signed-out': 'Signed out' }[state];
  return (
    <div className={`sync sync-${storage && state === 'online' ? 'storage' : state}`} data-testid="sync-indicator" data-state={state} aria-live="polite">
      <span className="dot" aria-hidden />
      <strong data-testid="sync-state">{label}</strong>
      <span data-testid="pending-count">{pending === 0 ? 'All changes sent' : `${pending} pending`}</span>
      <SyncProgress />
      {busy && <span data-testid="sync-busy">Syncing…</span>}
      <span className="muted">
        {status?.lastSyncedAt ? `Last synced ${syncedWhen(status.lastSyncedAt)}` : 'Not synced yet'}
      </span>
      {status?.lastError && state === 'offline' && (
        // The stream's own reason ("Failed to fetch", a silent connection) is technical: the words say what it means.
        <span className="muted" title={failureSentences.unreachable({ serverUrl: session.serverUrl })} data-testid="sync-error">
          Can't reach the server
        </span>
      )}
      {storage && <StorageTroubleNote trouble={storage} />}
      {state === 'offline' && (
        <Button variant="subtle" size="compact-xs" onClick={() => void api['sync:reconnect']({})}>
          Retry now
        </Button>
      )}
      {state === 'expired' && <Reauthenticate />}
      <SyncDetails offline={state !== 'online'} problem={status?.lastError && state === 'offline' ? failureSentences.unreachable({ serverUrl: session.serverUrl }) : null} />
    </div>
  );
}

/** An expired session asks for the password again; every pending change is kept meanwhile. */
function Reauthenticate() {
  const api = useApi();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api['auth:login']({ serverUrl: session.serverUrl, username: session.user.username, password });
      setPassword('');
      setError(null);
    } catch (e) {
      setError(failureSentence(e, { serverUrl: session.serverUrl }));
    }
  };
  return (
    <form className="reauth" onSubmit={(e) => void submit(e)}>
      <Group gap={6} wrap="nowrap">
        <PasswordInput size="xs" placeholder="Password" aria-label="Password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required visibilityToggleButtonProps={{ 'aria-label': 'Show what is typed' }} />
        <Button type="submit" size="xs">Sign in again</Button>
      </Group>
      {error && <span role="alert" className="error">{error}</span>}
    </form>
  );
}

/**
 * A bar while this device is behind the server: during a first sync it counts the documents of the
 * collection with the most still to come ("12,400 of 50,000 assets"), after days offline the changes.
 */
function SyncProgress() {
  const { done, total } = useSyncProgress(useShallow(progressOf));
  const first = useSyncProgress(useShallow(firstSyncOf));
  const complete = total > 0 && done >= total;
  const behind = total > 0 && !complete;
  return (
    <span className="progress" data-testid="sync-progress" data-complete={complete} data-done={done} data-total={total}>
      {first ? (
        <>
          <progress value={first.received} max={first.count} aria-label={`Receiving ${collectionWords[first.collection as CollectionName].plural}`} />
          {receivedOf(first.collection as CollectionName, first.received, first.count)}
        </>
      ) : (
        behind && (
          <>
            <progress value={done} max={total} aria-label="Receiving changes" />
            {Math.floor((100 * done) / total)} %
          </>
        )
      )}
    </span>
  );
}

/** The last sync's time today, its date and time before (a laptop back from days in the field). */
function syncedWhen(iso: string, now = new Date()): string {
  return new Date(iso).toDateString() === now.toDateString() ? formatTime(iso) : formatDateTime(iso, now);
}
