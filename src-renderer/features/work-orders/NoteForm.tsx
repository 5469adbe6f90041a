import { useState, type FormEvent } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Button, Group, NativeSelect, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { contactChannels, type ContactChannel, type NoteKind } from '@shared/schema/work-order-note.schema';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { addNote } from './work-order-actions';
import { logClientUpdate } from './client-update-actions';
import { channelLabels } from './describe-contact';

const failureWords: FailureWords = {
  storageFull: 'This device\'s storage is full, so the note was not saved: free some space, then add it again. What you typed is still here.',
  otherwise: 'The note could not be saved on this device: add it again, and reload the app if it keeps failing. What you typed is still here.',
};

/** Adds an internal note, or a client update (how the client was reached, and the time frame promised), to the timeline. */
export function NoteForm({ workOrderId }: { workOrderId: string }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Extract<NoteKind, 'note' | 'client-update'>>('note');
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [promised, setPromised] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      if (kind === 'client-update') await logClientUpdate(db, workOrderId, user, { text, channel, promised });
      else await addNote(db, workOrderId, user, kind, text);
      setText('');
      setPromised('');
      setError(null);
    } catch (e) {
      setError(plainError(e, failureWords));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add to the timeline">
      <Stack gap="xs" mt="md">
        <Textarea value={text} onChange={(e) => setText(e.currentTarget.value)} aria-label="Note text" placeholder="What did you find or do?" maxLength={8000} rows={3} />
        <Group gap="md" justify="space-between" wrap="wrap">
          <Radio.Group value={kind} onChange={(value) => setKind(value as typeof kind)} aria-label="Kind of entry">
            <Group gap="md">
              <Radio value="note" label="Internal note" />
              <Radio value="client-update" label="Client update" />
            </Group>
          </Radio.Group>
          <Button type="submit" disabled={!text.trim()}>Add to timeline</Button>
        </Group>
        {kind === 'client-update' && (
          <Group gap="sm" wrap="wrap">
            <NativeSelect
              label="How"
              value={channel}
              onChange={(e) => setChannel(e.currentTarget.value as ContactChannel)}
              data={contactChannels.map((c) => ({ value: c, label: channelLabels[c] }))}
            />
            <TextInput label="Time frame promised" placeholder="by Friday noon" value={promised} onChange={(e) => setPromised(e.currentTarget.value)} maxLength={200} w={280} />
          </Group>
        )}
        {error && <Alert role="alert" color="red">{error}</Alert>}
      </Stack>
    </form>
  );
}
