import { useState, type FormEvent } from 'react';
import { useRxDatabase } from 'rxdb/plugins/react';
import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import type { NoteKind } from '@shared/schema/work-order-note.schema';
import { useSession } from '../../host/api-context';
import type { FieldDeskDatabase } from '../../db/database';
import { plainError, type FailureWords } from '../../ui/plain-error';
import { addNote } from './work-order-actions';

const failureWords: FailureWords = {
  storageFull: 'This device\'s storage is full, so the note was not saved: free some space, then add it again. What you typed is still here.',
  otherwise: 'The note could not be saved on this device: add it again, and reload the app if it keeps failing. What you typed is still here.',
};

/** Adds an internal note or a client update to the timeline. */
export function NoteForm({ workOrderId }: { workOrderId: string }) {
  const db = useRxDatabase() as FieldDeskDatabase;
  const { user } = useSession();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Extract<NoteKind, 'note' | 'client-update'>>('note');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await addNote(db, workOrderId, user, kind, text);
      setText('');
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
        {error && <Alert role="alert" color="red">{error}</Alert>}
      </Stack>
    </form>
  );
}
