import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { SavedTextarea } from './SavedTextarea';
import { oshaChecklist, oshaChecklistSource, type OshaAnswer } from '@shared/domain/ergonomics/osha-checklist';
import { oshaItemName, oshaNoteMaxLength, type OshaAnswers } from '@shared/domain/ergonomics/osha-answers';

const choices: { value: OshaAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'notApplicable', label: 'Not applicable' },
];

/**
 * The OSHA checklist (version 1) as a second form: yes, no or not applicable per item. A "no"
 * says a problem may exist, so it asks for a note; a final assessment needs one (the server checks).
 */
export function OshaStep({ answers, onChange }: { answers: OshaAnswers | undefined; onChange: (next: OshaAnswers) => void }) {
  const items = answers?.items ?? {};
  const set = (id: string, change: { answer?: OshaAnswer; note?: string }) => {
    const held = items[id];
    const answer = change.answer ?? held?.answer;
    if (!answer) return;
    const note = change.note ?? held?.note;
    onChange({ version: oshaChecklistSource.version, items: { ...items, [id]: { answer, ...(note ? { note } : {}) } } });
  };
  return (
    <Stack gap="md">
      <Text size="sm">{oshaChecklistSource.intro}</Text>
      {oshaChecklist.map((section) => (
        <Paper withBorder p="sm" key={section.key} component="section" aria-label={section.title}>
          <Title order={3} size="h4">{section.title}</Title>
          {section.leadIn && <Text size="sm" c="dimmed">{section.leadIn}</Text>}
          <Stack gap="sm" mt="xs">
            {section.items.map((item) => {
              const held = items[item.id];
              const name = oshaItemName(item);
              return (
                <div key={item.id} className="fd-osha-item">
                  <Text size="sm" id={`osha-${item.id}`}>{item.number}. {item.text}</Text>
                  <SegmentedControl size="xs" data={choices} value={held?.answer ?? ''} onChange={(v) => set(item.id, { answer: v as OshaAnswer })} aria-label={name} />
                  {held?.answer === 'no' && (
                    <SavedTextarea
                      label={`${name}: what is the problem?`}
                      value={held.note ?? ''}
                      maxLength={oshaNoteMaxLength}
                      autosize
                      minRows={1}
                      error={(held.note ?? '').trim() === '' ? 'A "no" needs a note saying what the problem is.' : undefined}
                      onSave={(note) => set(item.id, { note })}
                    />
                  )}
                </div>
              );
            })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
