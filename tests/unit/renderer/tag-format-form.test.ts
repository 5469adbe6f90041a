import { describe, expect, it } from 'vitest';
import { tagFormatFromForm } from '../../../src-renderer/features/settings/tag-format-form';

const good = { pattern: 'CTY-[0-9]{7}', example: 'CTY-0001234', description: 'County tags' };

describe('the tag-format form', () => {
  it('accepts a pattern its example matches, as scanned or typed', () => {
    expect(tagFormatFromForm({ ...good, example: ' *cty-0001234* ' })).toEqual({ tagFormat: { ...good, example: '*cty-0001234*' } });
  });

  it.each([
    ['no pattern', { pattern: ' ' }, 'pattern', "Enter the pattern the county's asset tags follow, such as CTY-[0-9]{7}."],
    ['a pattern that is not a regular expression', { pattern: 'CTY-[0-9' }, 'pattern', 'The pattern is not a valid regular expression: check its brackets, braces and backslashes.'],
    ['no example', { example: '' }, 'example', 'Enter an example of a county asset tag, as printed on a label.'],
    ['an example the pattern refuses', { example: 'cty-12' }, 'example', 'The example CTY-12 does not match the pattern: change the pattern or the example.'],
  ])('says in plain words what is wrong with %s', (_, change, field, words) => {
    expect(tagFormatFromForm({ ...good, ...change })).toEqual({ errors: { [field]: words } });
  });
});
