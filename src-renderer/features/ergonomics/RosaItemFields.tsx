import { Checkbox, Paper, Radio, Stack, Text } from '@mantine/core';
import { rosaDurations, rosaItems, type RosaDuration, type RosaItemDefinition, type RosaItemKey } from '@shared/domain/ergonomics/rosa-items';

/** One item's answer as the form holds it: a base option, modifiers ticked, perhaps a duration. */
export type ItemAnswer = { base?: string; duration?: RosaDuration } & Record<string, unknown>;

/**
 * One item of the ROSA sheet in plain words: what the assessor sees (one option), what else
 * applies (any modifiers), and for the items with a time of their own, how long it is used.
 */
export function RosaItemFields({ itemKey, answer, withDuration, onChange }: { itemKey: RosaItemKey; answer: ItemAnswer | undefined; withDuration: boolean; onChange: (next: ItemAnswer) => void }) {
  const item: RosaItemDefinition = rosaItems[itemKey];
  const current = answer ?? {};
  const tick = (name: string, on: boolean) => {
    const next = { ...current };
    if (on) next[name] = true;
    else delete next[name];
    onChange(next);
  };
  return (
    <Paper withBorder p="sm" className="fd-rosa-item">
      <Stack gap="xs">
        <Radio.Group label={item.name} description="What you see" labelProps={{ fw: 700 }} value={current.base ?? null} onChange={(base) => onChange({ ...current, base })}>
          <Stack gap={6} mt={4}>
            {Object.entries(item.options).map(([key, option]) => <Radio key={key} value={key} label={option.label} />)}
          </Stack>
        </Radio.Group>
        <Text size="sm" fw={500}>Also (tick any that apply)</Text>
        {Object.entries(item.modifiers).map(([key, modifier]) => (
          <Checkbox key={key} label={modifier.label} checked={current[key] === true} onChange={(e) => tick(key, e.currentTarget.checked)} />
        ))}
        {withDuration && <DurationField name={`${item.name}: time used`} value={current.duration} onChange={(duration) => onChange({ ...current, duration })} />}
      </Stack>
    </Paper>
  );
}

/** How long the item is used, in ROSA's three categories (never hours). */
export function DurationField({ name, value, onChange }: { name: string; value: RosaDuration | undefined; onChange: (value: RosaDuration) => void }) {
  return (
    <Radio.Group label={name} value={value === undefined ? null : String(value)} onChange={(v) => onChange(Number(v) as RosaDuration)}>
      <Stack gap={6} mt={4}>
        {rosaDurations.map((d) => <Radio key={d.value} value={String(d.value)} label={d.label} />)}
      </Stack>
    </Radio.Group>
  );
}
