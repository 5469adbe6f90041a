import { Checkbox, Paper, Radio, Stack, Text } from '@mantine/core';
import { rosaDurations, rosaItems, type RosaDuration, type RosaItemDefinition, type RosaItemKey } from '@shared/domain/ergonomics/rosa-items';
import { SavedTextarea } from './SavedTextarea';

/** One item's answer as the form holds it: a base option, modifiers ticked, perhaps a duration. */
export type ItemAnswer = { base?: string; duration?: RosaDuration } & Record<string, unknown>;

/** The form's own option beside the sheet's (the chair's "no armrests"); nothing else applies when it is picked. */
export const noneOfThem = 'none';

/**
 * One item of the ROSA sheet in plain words: what the assessor sees (one option), what else
 * applies (any modifiers), and for the items with a time of their own, how long it is used.
 */
export function RosaItemFields({ itemKey, answer, noneOption, duration, onChange }: {
  itemKey: RosaItemKey;
  answer: ItemAnswer | undefined;
  /** The words of an option the sheet lacks (base `none`), offered after the sheet's own. */
  noneOption?: string;
  duration?: Omit<DurationProps, 'name' | 'value' | 'onChange'>;
  onChange: (next: ItemAnswer) => void;
}) {
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
        <Radio.Group label={item.name} description="What you see" labelProps={{ fw: 700 }} value={current.base ?? null} onChange={(base) => onChange(base === noneOfThem ? { base } : { ...current, base })}>
          <Stack gap={6} mt={4}>
            {Object.entries(item.options).map(([key, option]) => <Radio key={key} value={key} label={option.label} />)}
            {noneOption && <Radio value={noneOfThem} label={noneOption} />}
          </Stack>
        </Radio.Group>
        {current.base !== noneOfThem && (
          <>
            <Text size="sm" fw={500}>Also (tick any that apply)</Text>
            {Object.entries(item.modifiers).map(([key, modifier]) => (
              <Checkbox key={key} label={modifier.label} checked={current[key] === true} onChange={(e) => tick(key, e.currentTarget.checked)} />
            ))}
          </>
        )}
        {duration && <DurationField {...duration} name={`${item.name}: time used`} value={current.duration} onChange={(d) => onChange({ ...current, duration: d })} />}
      </Stack>
    </Paper>
  );
}

type DurationProps = {
  name: string;
  value: RosaDuration | undefined;
  onChange: (value: RosaDuration) => void;
  /** Why this category, when the hours a day and the longest stretch disagree; undefined when they agree. */
  why: string | undefined;
  onWhy: (why: string | undefined) => void;
};

/**
 * How long the item is used, in ROSA's three categories (never hours). The sheet does not say which
 * to pick when the hours a day and the longest stretch point to different ones: the assessor picks
 * and says why (ROSA.md section 2).
 */
export function DurationField({ name, value, onChange, why, onWhy }: DurationProps) {
  return (
    <Stack gap={6}>
      <Radio.Group label={name} value={value === undefined ? null : String(value)} onChange={(v) => onChange(Number(v) as RosaDuration)}>
        <Stack gap={6} mt={4}>
          {rosaDurations.map((d) => <Radio key={d.value} value={String(d.value)} label={d.label} />)}
        </Stack>
      </Radio.Group>
      <Checkbox label={`${name}: the hours a day and the longest stretch point to different times`} checked={why !== undefined} onChange={(e) => onWhy(e.currentTarget.checked ? '' : undefined)} />
      {why !== undefined && (
        <SavedTextarea label={`${name}: why this time?`} description="For example: 5 hours a day, but never more than 20 minutes at a stretch." value={why} maxLength={300} autosize minRows={2} onSave={(text) => onWhy(text)} />
      )}
    </Stack>
  );
}
