import { describe, expect, it } from 'vitest';
import { createCameraReadFilter } from '@shared/domain/camera-reads';

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
