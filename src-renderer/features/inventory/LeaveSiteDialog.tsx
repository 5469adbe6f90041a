import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/** Before a site is left with scans not yet on the server: say so, and offer to sync now when online. */
export function LeaveSiteDialog({ unsynced, online, syncing, onSync, onLeave, onClose }: { unsynced: number; online: boolean; syncing: boolean; onSync: () => void; onLeave: () => void; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title="Leave the site?">
      <Stack gap="sm">
        <Text>
          {unsynced} scan{unsynced === 1 ? ' is' : 's are'} kept on this laptop and not on the server yet.{' '}
          {online ? 'Sync now to hand them in before you go.' : 'There is no network here: they will be sent when the laptop is online again.'}
        </Text>
        <Group justify="end">
          <Button variant="default" onClick={onClose}>Stay</Button>
          <Button variant="default" onClick={onLeave}>Leave anyway</Button>
          {online && <Button onClick={onSync} loading={syncing}>Sync now</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
