import { useEffect, useState } from 'react';
import { Button, Popover, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRxDatabase } from 'rxdb/plugins/react';
import { useShallow } from 'zustand/react/shallow';
import { collectionNames, type CollectionName } from '@shared/schema/collections';
import { useSession } from '../../host/api-context';
import { localCollection, outboxOf, type FieldDeskDatabase } from '../../db/database';
import { pendingActionCount } from '../../sync/pending-actions';
import { useSyncProgress } from '../../stores/sync-progress';
import { formatDateTime } from '../../ui/format';
import { collectionState, collectionWords } from './collection-words';

/** Actions waiting to be sent, per collection (the count the indicator shows, split). */
function useWaitingByCollection(): Partial<Record<CollectionName, number>> {
  const { tables } = outboxOf(useRxDatabase() as FieldDeskDatabase);
  return (
    useLiveQuery(async () => {
      const entries = await tables.pending.toArray();
      return Object.fromEntries(collectionNames.map((name) => [name, pendingActionCount(entries.filter((e) => e.collectionName === name))]));
    }, [tables]) ?? {}
  );
}

/** How many documents of each collection this laptop holds, counted when the panel opens. */
function useHeldCounts(open: boolean): Partial<Record<CollectionName, number>> {
  const db = useRxDatabase() as FieldDeskDatabase;
  const [held, setHeld] = useState<Partial<Record<CollectionName, number>>>({});
  useEffect(() => {
    if (!open) return;
    let current = true;
    void Promise.all(collectionNames.map(async (name) => [name, await localCollection(db, name).count().exec()] as const)).then((counts) => {
      if (current) setHeld(Object.fromEntries(counts));
    });
    return () => {
      current = false;
    };
  }, [db, open]);
  return held;
}

/**
 * The sync status opens this: each collection's state, how much is here, when it last synced, and
 * `problem`, the connection's last failure in words; `offline` while the server cannot be reached.
 */
export function SyncDetails({ problem, offline }: { problem: string | null; offline: boolean }) {
  const [open, setOpen] = useState(false);
  const session = useSession();
  const progress = useSyncProgress(useShallow((s) => s));
  const waiting = useWaitingByCollection();
  const held = useHeldCounts(open);
  return (
    <Popover opened={open} onChange={setOpen} position="bottom-end" width={560} shadow="md" withArrow>
      <Popover.Target>
        <Button variant="subtle" size="compact-xs" onClick={() => setOpen((o) => !o)}>
          Sync details
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-label="Sync details">
        <Table striped withTableBorder aria-label="Sync of each kind of record">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Records</Table.Th>
              <Table.Th>On this laptop</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Last synced</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {collectionNames.map((name) => {
              const syncedAt = progress.syncedAt[name];
              return (
                <Table.Tr key={name}>
                  <Table.Th scope="row">{collectionWords[name].title}</Table.Th>
                  <Table.Td>{held[name]?.toLocaleString() ?? '…'}</Table.Td>
                  <Table.Td>{collectionState(name, progress, { waiting: waiting[name] ?? 0, offline, serverUrl: session.serverUrl })}</Table.Td>
                  <Table.Td>{syncedAt ? formatDateTime(syncedAt) : 'Not yet'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {problem && (
          <Text size="sm" mt="xs">
            Last problem: {problem}
          </Text>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          Your work is saved on this laptop first; it is sent whenever the server can be reached.
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
