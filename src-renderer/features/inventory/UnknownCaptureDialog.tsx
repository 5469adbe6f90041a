import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { assetKinds } from '@shared/schema/asset.schema';

export type CaptureDetails = { kind: string; make: string; model: string; serialNumber: string; note: string };

/**
 * The quick capture of an unknown tag: kind, make, model, serial number and a note, for a
 * supervisor to approve as a new asset. "Later" keeps the tag in the unknown-tag queue (it is
 * there already, with its room) to describe after sync, with the note if one was typed. A photo
 * is added once it is captured.
 */
export function UnknownCaptureDialog({ tag, where, onSave, onLater }: { tag: string; where: string; onSave: (d: CaptureDetails) => void; onLater: (note: string) => void }) {
  const [d, setD] = useState<CaptureDetails>({ kind: 'desktop', make: '', model: '', serialNumber: '', note: '' });
  const set = (field: keyof CaptureDetails) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setD((held) => ({ ...held, [field]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...d, make: d.make.trim(), model: d.model.trim(), serialNumber: d.serialNumber.trim(), note: d.note.trim() });
  };
  return (
    <Modal opened onClose={() => onLater(d.note.trim())} title={`Unknown tag ${tag}`}>
      <form onSubmit={submit} aria-label="Capture the unknown tag">
        <Stack gap="sm">
          <Text size="sm">Found in {where}. Describe it for a supervisor to add it to the register.</Text>
          <NativeSelect label="Kind" value={d.kind} onChange={set('kind')} data={[...assetKinds]} />
          <TextInput label="Make" value={d.make} onChange={set('make')} maxLength={60} data-autofocus />
          <TextInput label="Model" value={d.model} onChange={set('model')} maxLength={80} />
          <TextInput label="Serial number" value={d.serialNumber} onChange={set('serialNumber')} maxLength={60} />
          <TextInput label="Note" value={d.note} onChange={set('note')} maxLength={2000} />
          <Group justify="end">
            <Button variant="default" onClick={() => onLater(d.note.trim())}>Later</Button>
            <Button type="submit">Save capture</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
