import { describe, expect, it } from 'vitest';
import { rosaFindings } from '@shared/domain/ergonomics/rosa-findings';
import { chairItemKeys, peripheralItemKeys, rosaItems, type RosaItemDefinition, type RosaItemKey } from '@shared/domain/ergonomics/rosa-items';

/** The answers of item `key` that raise its score, at `path` in the input. */
function raising(key: RosaItemKey, path: string): string[] {
  const item: RosaItemDefinition = rosaItems[key];
  const options = Object.entries(item.options).filter(([, option]) => option.score > 1).map(([name]) => name);
  return [...options, ...Object.keys(item.modifiers)].map((name) => `${path}.${name}`);
}

describe('ROSA findings name the sheet\'s items', () => {
  it('every option but the ideal one, every modifier and every long duration is a finding, and nothing else', () => {
    const fromSheet = [
      ...chairItemKeys.flatMap((key) => raising(key, `chair.${key}`)),
      'chair.longDuration',
      ...peripheralItemKeys.flatMap((key) => [...raising(key, key), `${key}.longDuration`]),
    ];
    expect([...rosaFindings].sort()).toEqual(fromSheet.sort());
  });

  it('only the ideal option of each item scores 1, so "not ok" is exactly "raises the score"', () => {
    for (const [key, item] of Object.entries(rosaItems) as [RosaItemKey, RosaItemDefinition][]) {
      expect(Object.entries(item.options).filter(([, option]) => option.score === 1).map(([name]) => name), key).toEqual(['ok']);
    }
  });
});
