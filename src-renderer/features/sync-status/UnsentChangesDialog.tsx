import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Before leaving (a site, the account) with work not yet on the server: says how much, that it is
 * kept on this laptop, and offers to sync now when online. Nothing waiting is ever deleted here.
 */
export function UnsentChangesDialog({ title, unsent, online, syncing, leaveLabel, onSync, onLeave, onClose }: {
  title: string; unsent: ReactNode; online: boolean; syncing: boolean; leaveLabel: string;
  onSync: () => void; onLeave: () => void; onClose: () => void;
}) {
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="sm">
        <Text>
          {unsent}{' '}
          {online ? 'Sync now to hand them in before you go.' : 'There is no network here: they will be sent when the laptop is online again.'}
        </Text>
        <Group justify="end">
          <Button variant="default" onClick={onClose}>Stay</Button>
          <Button variant="default" onClick={onLeave}>{leaveLabel}</Button>
          {online && <Button onClick={onSync} loading={syncing}>Sync now</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
