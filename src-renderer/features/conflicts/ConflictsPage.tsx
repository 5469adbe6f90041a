import { useState } from 'react';
import { Link } from 'wouter';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveRxQuery, useRxDatabase } from 'rxdb/plugins/react';
import type { Person } from '@shared/schema/user.schema';
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
  const { results: users } = useLiveRxQuery<Person>({ collection: 'users', query: allUsers });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return (
    <Stack component="section" gap="md" maw={900} aria-labelledby="conflicts-title">
      <div>
        <Title order={1} id="conflicts-title">Edits to review</Title>
        <Text c="dimmed">Your edits that did not go through: another edit overrode them, or the central server refused them.</Text>
      </div>
      {conflicts.length === 0 && <Text>None: every change you made is on the server as you made it.</Text>}
      <Stack component="ul" gap="sm" className="fd-plain-list">
        {conflicts.map((c) => (
          <ConflictItem key={c.id} conflict={c} names={names} />
        ))}
      </Stack>
    </Stack>
  );
}

function ConflictItem({ conflict, names }: { conflict: EditConflict; names: ReadonlyMap<string, string> }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const [error, setError] = useState<string | null>(null);
  const href = conflict.collectionName === 'work-orders' ? `/work-orders/${conflict.docId}` : null;
  const run = (action: () => Promise<void>) => action().catch((e: unknown) => setError(plainError(e, failureWords)));
  return (
    <Paper component="li" withBorder p="md" className="fd-conflict" data-testid="conflict">
      <Text fw={600} className="wrap">
        {href ? <Anchor component={Link} href={href}>{conflict.label}</Anchor> : conflict.label}
        <Text span c="dimmed" fw={400} size="sm"> · {formatDateTime(conflict.at)}</Text>
      </Text>
      {conflict.kind === 'overridden' ? (
        <Text mt={4} className="wrap">{overriddenWords(conflict, names, user.id)}</Text>
      ) : (
        <Text mt={4} className="wrap">
          {/* Plain words chosen when the refusal was recorded (./refusal-words.ts), never the server's own text. */}
          Not applied: {conflict.reason} What you entered is kept here.
        </Text>
      )}
      <Group gap="sm" mt="sm">
        {mayReapply(conflict) && (
          <Button onClick={() => void run(() => reapplyEdit(db, conflict, user.id))}>
            Re-apply mine
          </Button>
        )}
        <Button variant="default" onClick={() => void run(() => dismissConflict(db, conflict, user.id))}>
          Dismiss
        </Button>
      </Group>
      {error && <Alert role="alert" color="red" mt="sm">{error}</Alert>}
    </Paper>
  );
}
