import { describe, expect, it } from 'vitest';
import { createWedgeDetector, type WedgeKey } from '../../../../src-renderer/features/scanning/wedge';

/** Keystrokes of `text` then `end`, with the gaps `gap(i)` (ms) before each key after the first. */
function keys(text: string, gap: (i: number) => number, options: { end?: string; start?: number; inTextBox?: boolean } = {}): WedgeKey[] {
  let at = options.start ?? 1000;
  const typed = [...text, options.end ?? 'Enter'];
  return typed.map((key, i) => {
    if (i > 0) at += gap(i);
    return { key, at, inTextBox: options.inTextBox ?? false, withModifier: false };
  });
}
const scans = (events: WedgeKey[]) => {
  const detector = createWedgeDetector();
  return events.flatMap((event) => {
    const result = detector.key(event);
    return result ? [result.scan] : [];
  });
};
/** A deterministic jitter in [-1, 1], so the timings look like real ones and the test stays the same. */
const jitter = (i: number) => Math.sin(i * 12.9898) * 0.5 + Math.sin(i * 78.233) * 0.5;

describe('keyboard-wedge scans', () => {
  it.each([
    ['a USB scanner, about 4 ms a key', (i: number) => 4 + jitter(i) * 2],
    ['a USB scanner sending as fast as the bus goes (1 ms)', () => 1],
    ['a Bluetooth scanner, about 20 ms a key with a late one', (i: number) => (i === 5 ? 70 : 20 + jitter(i) * 8)],
    ['a scanner on a busy laptop, keys arriving in clumps', (i: number) => (i % 3 === 0 ? 45 : 2)],
  ])('%s: a scan', (_, gap) => {
    expect(scans(keys('CTY-0001234', gap))).toEqual(['CTY-0001234']);
  });

  it('a scanner that ends with Tab', () => {
    expect(scans(keys('CTY-0001234', () => 5, { end: 'Tab' }))).toEqual(['CTY-0001234']);
  });

  it('a scanner that sends Shift before capitals', () => {
    const events = keys('CTY-0001234', () => 3).flatMap((event) => (/[A-Z]/.test(event.key) ? [{ ...event, key: 'Shift', at: event.at - 1 }, event] : [event]));
    expect(scans(events)).toEqual(['CTY-0001234']);
  });

  it('two scans in a row, and a QR code holding a URL', () => {
    const first = keys('CTY-0001234', () => 4);
    const second = keys('https://assets.example/CTY-0001235', () => 4, { start: 1600 });
    expect(scans([...first, ...second])).toEqual(['CTY-0001234', 'https://assets.example/CTY-0001235']);
  });

  it.each([
    ['a steady typist, 180 ms a key', (i: number) => 180 + jitter(i) * 60],
    ['a fast typist, 90 ms a key, with rolled-over pairs at 15 ms', (i: number) => (i % 4 === 1 ? 15 : 90 + jitter(i) * 30)],
    ['someone typing in bursts of two fast keys', (i: number) => (i % 2 === 1 ? 25 : 120)],
    ['a very fast typist, 75 ms a key and never a pause', (i: number) => 75 + jitter(i) * 20],
    ['a typist rolling over every other key, 20 and 80 ms', (i: number) => (i % 2 === 1 ? 20 : 80)],
  ])('%s, then Enter: not a scan', (_, gap) => {
    expect(scans(keys('CTY-0001234', gap))).toEqual([]);
  });

  it('a burst shorter than six characters is not a scan (a few keys hit at once)', () => {
    expect(scans(keys('asdf', () => 3))).toEqual([]);
    expect(scans(keys('asdfg', () => 3))).toEqual([]);
    expect(scans(keys('asdfgh', () => 3))).toEqual(['asdfgh']);
  });

  it('a fast burst whose Enter comes long after is not a scan', () => {
    const events = keys('CTY-0001234', () => 4);
    const enter = events[events.length - 1]!;
    enter.at += 400;
    expect(scans(events)).toEqual([]);
  });

  it('a scan while a text box has focus goes to the box', () => {
    expect(scans(keys('CTY-0001234', () => 4, { inTextBox: true }))).toEqual([]);
  });

  it('a scan that starts in a text box and whose end arrives after the box lost focus is no scan either', () => {
    const events = keys('CTY-0001234', () => 4).map((event, i) => ({ ...event, inTextBox: i < 6 }));
    expect(scans(events)).toEqual([]);
  });

  it('a pause starts a new burst: keys typed before a scan are not part of it', () => {
    const typed = keys('ab', () => 150, { end: 'Shift' });
    const scan = keys('CTY-0001234', () => 4, { start: typed[typed.length - 1]!.at + 500 });
    expect(scans([...typed, ...scan])).toEqual(['CTY-0001234']);
  });

  it('an arrow key or a shortcut inside a burst drops it', () => {
    const events = keys('CTY-0001234', () => 4);
    expect(scans([...events.slice(0, 5), { ...events[5]!, key: 'ArrowDown' }, ...events.slice(6)])).toEqual([]);
    expect(scans([...events.slice(0, 5), { ...events[5]!, withModifier: true }, ...events.slice(6)])).toEqual([]);
  });
});
