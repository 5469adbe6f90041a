/**
 * Asset tags as people scan and type them. Normalisation is fixed code, the same everywhere
 * (DECISIONS.md #12): a scanner may send Code 39's `*` start and stop characters, a person may type
 * spaces or lower case. The county's tag format (reference data, kind `tag-format`) only says which
 * normalised tags are county asset tags.
 */
export function normaliseTag(raw: string): string {
  // NFKC folds full-width and compatibility forms (an input method's `ＣＴＹ`) to plain letters; control
  // and format characters (a scanner's CR or GS, a zero-width space pasted along) are never part of a tag.
  return raw
    .normalize('NFKC')
    .replace(/[\s\p{Cc}\p{Cf}]+/gu, '')
    .replace(/^\*+|\*+$/g, '')
    .toUpperCase();
}

/** The county's tag format: a regular expression over normalised tags. */
export type TagFormat = { pattern: string; example: string; description: string };

/** The pattern as a RegExp anchored at both ends, or null when it is not a valid regular expression. */
export function tagPattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return null;
  }
}

/** Whether `raw`, normalised, is a county asset tag by `format`. */
export function isCountyTag(raw: string, format: Pick<TagFormat, 'pattern'>): boolean {
  return tagPattern(format.pattern)?.test(normaliseTag(raw)) ?? false;
}
