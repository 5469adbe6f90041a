import { useState } from 'react';
import { Link } from 'wouter';
import { useLiveRxQuery, useRxDatabase } from 'rxdb/plugins/react';
import type { UserProfile } from '@shared/schema/user.schema';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import type { EditConflict } from '../../db/bookkeeping';
import { formatDateTime } from '../../ui/format';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { dismissConflict, reapplyEdit } from './conflict-actions';
import { useOpenConflicts } from './use-open-conflicts';
import { mayReapply, overriddenWords } from './overridden-words';

const failureWords: FailureWords = {
  storageFull: 'This device\'s storage is full, so nothing was changed: free some space, then try again.',
  otherwise: 'That could not be done on this device: try again, and reload the app if it keeps failing.',
};

const allUsers = {};

/** Edits of mine that another edit overrode, or that the server refused: nothing is silently lost. */
export function ConflictsPage() {
  const conflicts = useOpenConflicts();
  const { results: users } = useLiveRxQuery<UserProfile>({ collection: 'users', query: allUsers });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return (
    <section className="conflicts">
      <h1>Edits that did not go through</h1>
      {conflicts.length === 0 && <p className="empty">None: every change you made is on the server as you made it.</p>}
      <ul>
        {conflicts.map((c) => (
          <ConflictItem key={c.id} conflict={c} names={names} />
        ))}
      </ul>
    </section>
  );
}

function ConflictItem({ conflict, names }: { conflict: EditConflict; names: ReadonlyMap<string, string> }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const [error, setError] = useState<string | null>(null);
  const href = conflict.collectionName === 'work-orders' ? `/work-orders/${conflict.docId}` : null;
  const run = (action: () => Promise<void>) => action().catch((e: unknown) => setError(plainError(e, failureWords)));
  return (
    <li className="conflict" data-testid="conflict">
      <strong>{href ? <Link href={href}>{conflict.label}</Link> : conflict.label}</strong>
      <span className="when"> · {formatDateTime(conflict.at)}</span>
      {conflict.kind === 'overridden' ? (
        <p>{overriddenWords(conflict, names, user.id)}</p>
      ) : (
        <p>
          {/* Plain words chosen when the refusal was recorded (./refusal-words.ts), never the server's own text. */}
          Not applied: {conflict.reason} What you entered is kept here.
        </p>
      )}
      {mayReapply(conflict) && (
        <button type="button" onClick={() => void run(() => reapplyEdit(db, conflict, user.id))}>
          Re-apply mine
        </button>
      )}
      <button type="button" className="link" onClick={() => void run(() => dismissConflict(db, conflict, user.id))}>
        Dismiss
      </button>
      {error && <p role="alert" className="error">{error}</p>}
    </li>
  );
}
