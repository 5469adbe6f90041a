import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';
import { AssetList } from './AssetList';

/**
 * Finishing a sweep lists the expected assets not found; the technician confirms them missing
 * (an asset event each) or finishes leaving them open, or goes back to sweeping.
 */
export function FinishSweepDialog({ remaining, onMissing, onLeaveOpen, onClose }: { remaining: readonly Asset[]; onMissing: () => void; onLeaveOpen: () => void; onClose: () => void }) {
  const n = remaining.length;
  return (
    <Modal opened onClose={onClose} title="Finish the sweep" size="lg">
      <Stack gap="sm">
        <Text>{n === 0 ? 'Every expected asset is accounted for.' : `${n} expected asset${n === 1 ? ' was' : 's were'} not found:`}</Text>
        <AssetList assets={remaining} label="Not found" empty="" height={260} />
        <Group justify="end">
          <Button variant="default" onClick={onClose}>Keep sweeping</Button>
          {n > 0 && <Button variant="default" onClick={onLeaveOpen}>Finish, leaving them open</Button>}
          <Button onClick={onMissing} color={n > 0 ? 'red' : undefined}>{n > 0 ? `Mark ${n} missing and finish` : 'Finish'}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
