import { describe, expect, it } from 'vitest';
import { isCountyTag, normaliseTag, tagPattern } from '@shared/domain/asset-tag';

const county = { pattern: 'CTY-[0-9]{7}' };

describe('asset tags', () => {
  it.each([
    ['CTY-0001234', 'CTY-0001234'],
    ['cty-0001234', 'CTY-0001234'],
    ['  CTY - 0001234 ', 'CTY-0001234'],
    ['*CTY-0001234*', 'CTY-0001234'],
    ['* cty-0001234 *', 'CTY-0001234'],
    // What scanners and keyboards add: a line end, a tab, a GS from a Data Matrix, a zero-width space.
    ['CTY-0001234\r\n', 'CTY-0001234'],
    ['\tCTY-0001234', 'CTY-0001234'],
    ['\u001dCTY-0001234', 'CTY-0001234'],
    ['CTY-\u200b0001234', 'CTY-0001234'],
    // Full-width letters from an input method, and a no-break space.
    ['ｃｔｙ－０００１２３４', 'CTY-0001234'],
    ['CTY-0001234\u00a0', 'CTY-0001234'],
    // Only Code 39's start and stop characters go: a star inside a code is part of it.
    ['*AB*CD*', 'AB*CD'],
    ['***', ''],
  ])('%j is normalised to %s', (raw, tag) => {
    expect(normaliseTag(raw)).toBe(tag);
  });

  it.each([
    ['CTY-0001234', true],
    ['*cty-0001234*', true],
    ['CTY-000123', false],
    ['XCTY-0001234', false],
    ['CTY-00012345', false],
    ['SN12345678', false],
  ])('%s is a county tag: %s (the pattern must match the whole tag)', (raw, county_) => {
    expect(isCountyTag(raw, county)).toBe(county_);
  });

  it('a pattern that is not a regular expression classifies nothing', () => {
    expect(tagPattern('CTY-[0-9')).toBeNull();
    expect(isCountyTag('CTY-0001234', { pattern: 'CTY-[0-9' })).toBe(false);
  });
});
