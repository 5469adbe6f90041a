import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { Asset } from '@shared/schema/asset.schema';

export type Mark = 'surplus' | 'damaged';

const words: Record<Mark, { title: string; reason: string; save: string }> = {
  surplus: { title: 'Mark surplus', reason: 'Why it is surplus', save: 'Mark surplus' },
  damaged: { title: 'Note damage', reason: 'What is damaged', save: 'Note damage' },
};

/**
 * Marks the asset just scanned surplus or notes damage: opened by S or D (one key), the reason box
 * has the focus, and Enter saves (the second key). Reason and condition may stay empty.
 */
export function MarkAssetDialog({ mark, asset, onSave, onClose }: { mark: Mark; asset: Asset; onSave: (reason: string, condition: string) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [condition, setCondition] = useState('');
  const w = words[mark];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(reason.trim(), condition.trim());
  };
  return (
    <Modal opened onClose={onClose} title={`${w.title}: ${asset.tag}`}>
      <form onSubmit={submit} aria-label={w.title}>
        <Stack gap="sm">
          <TextInput label={w.reason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={200} data-autofocus />
          <TextInput label="Condition" value={condition} onChange={(e) => setCondition(e.currentTarget.value)} maxLength={200} />
          <Group justify="end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit">{w.save}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
