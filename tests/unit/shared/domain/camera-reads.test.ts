import { describe, expect, it } from 'vitest';
import { createCameraReadFilter, trustsRead } from '@shared/domain/camera-reads';
import { buildIdentifierIndex, identify } from '@shared/domain/tag-lookup';

const known = new Set(['CTY-0001234', 'CTY-0001235']);
const filter = () => createCameraReadFilter({ trusted: (text) => known.has(text.trim().toUpperCase()), holdMs: 1500, confirmMs: 1500 });

/** Reads at 30 frames a second: [text, at] pairs, and what counted. */
function feed(reads: [string, number][]) {
  const f = filter();
  return reads.map(([text, at]) => f.read(text, at)).filter((r) => r !== null);
}
const frames = (text: string, from: number, count: number, every = 33): [string, number][] => Array.from({ length: count }, (_, i) => [text, from + i * every]);

describe('camera reads that count as scans', () => {
  it('a known label held in view for ten seconds counts once', () => {
    expect(feed(frames('CTY-0001234', 0, 300))).toEqual(['CTY-0001234']);
  });

  it('a known label counts at its first read, as read; the same label read with its start and stop characters is still the same label', () => {
    const f = filter();
    expect(f.read('cty-0001234', 0)).toBe('cty-0001234');
    expect(f.read('*CTY-0001234*', 33)).toBeNull();
  });

  it('taken out of view and shown again later, it counts again', () => {
    expect(feed([...frames('CTY-0001234', 0, 30), ...frames('CTY-0001234', 3000, 30)])).toEqual(['CTY-0001234', 'CTY-0001234']);
  });

  it('missed for a few frames (a hand passing in front) it still counts once', () => {
    expect(feed([...frames('CTY-0001234', 0, 30), ...frames('CTY-0001234', 2000, 30)])).toEqual(['CTY-0001234']);
  });

  it('two labels in turn count once each', () => {
    expect(feed([...frames('CTY-0001234', 0, 10), ...frames('CTY-0001235', 330, 10), ...frames('CTY-0001234', 660, 10)])).toEqual(['CTY-0001234', 'CTY-0001235']);
  });

  it('a read that matches nothing known counts only at its second identical read', () => {
    const f = filter();
    expect(f.read('4006381333931', 0)).toBeNull();
    expect(f.read('4006381333931', 33)).toBe('4006381333931');
    expect(f.read('4006381333931', 66)).toBeNull();
  });

  it('a single misread between good reads never counts', () => {
    const reads: [string, number][] = [['CTY-0001234', 0], ['CTY-0001Z34', 33], ['CTY-0001234', 66], ['CTY-0001234', 99]];
    expect(feed(reads)).toEqual(['CTY-0001234']);
  });

  it('two identical unknown reads too far apart do not confirm each other', () => {
    expect(feed([['X-1', 0], ['X-1', 2000]])).toEqual([]);
    expect(feed([['X-1', 0], ['X-1', 2000], ['X-1', 2100]])).toEqual(['X-1']);
  });

  it('reset forgets what is in view (a new room, a new sweep)', () => {
    const f = filter();
    expect(f.read('CTY-0001234', 0)).toBe('CTY-0001234');
    f.reset();
    expect(f.read('CTY-0001234', 33)).toBe('CTY-0001234');
  });
});

describe('which camera reads are trusted at their first read', () => {
  const formats = { assetTag: { pattern: '^CTY-\\d{7}$' } };
  const index = buildIdentifierIndex([{ id: 'a1', tag: 'OLD-17', serialNumber: 'DE12345678', manufacturerBarcodes: ['012345678905'] }]);
  const trusted = trustsRead(formats, (text) => identify(text, index).found !== 'nothing');
  const firstRead = (text: string) => createCameraReadFilter({ trusted, holdMs: 1500, confirmMs: 1500 }).read(text, 0);

  it('a known asset counts at once by any identifier, though none of them fits the county format', () => {
    expect(['OLD-17', 'de12345678', '012345678905', 'https://assets.example/a/OLD-17'].map(firstRead)).toEqual(['OLD-17', 'de12345678', '012345678905', 'https://assets.example/a/OLD-17']);
  });

  it('an unknown text that fits the format counts at once; one that fits nothing waits for its second read', () => {
    expect(firstRead('CTY-7654321')).toBe('CTY-7654321');
    expect(firstRead('OLD-18')).toBeNull();
    const f = createCameraReadFilter({ trusted, holdMs: 1500, confirmMs: 1500 });
    expect([f.read('OLD-18', 0), f.read('OLD-18', 33)]).toEqual([null, 'OLD-18']);
  });

  it('with no assets known, only the format trusts a read', () => {
    expect(trustsRead(formats)('OLD-17')).toBe(false);
    expect(trustsRead(formats)('cty-0000001')).toBe(true);
  });
});
