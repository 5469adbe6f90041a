import { normaliseTag, tagPattern, type TagFormat } from '@shared/domain/asset-tag';

/** Form fields that can be wrong (`pattern`, `example`, `description`), each with its sentence. */
export type TagFormatErrors = Partial<Record<keyof TagFormat, string>>;

/** The tag format the form describes, or what is wrong with it in plain words. */
export function tagFormatFromForm(form: TagFormat): { tagFormat: TagFormat } | { errors: TagFormatErrors } {
  const errors: TagFormatErrors = {};
  const pattern = form.pattern.trim();
  const example = form.example.trim();
  const description = form.description.trim();
  const compiled = pattern === '' ? null : tagPattern(pattern);
  if (pattern === '') errors.pattern = 'Enter the pattern the county\'s asset tags follow, such as CTY-[0-9]{7}.';
  else if (pattern.length > 200) errors.pattern = 'The pattern is too long: keep it under 200 characters.';
  else if (!compiled) errors.pattern = 'The pattern is not a valid regular expression: check its brackets, braces and backslashes.';
  if (example === '') errors.example = 'Enter an example of a county asset tag, as printed on a label.';
  else if (example.length > 40) errors.example = 'The example is too long: a tag has at most 40 characters.';
  else if (compiled && !compiled.test(normaliseTag(example))) {
    errors.example = `The example ${normaliseTag(example)} does not match the pattern: change the pattern or the example.`;
  }
  if (description.length > 300) errors.description = 'The description is too long: keep it under 300 characters.';
  return Object.keys(errors).length > 0 ? { errors } : { tagFormat: { pattern, example, description } };
}
