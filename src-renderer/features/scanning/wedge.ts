/**
 * Keyboard-wedge scanners (USB or Bluetooth HID) type what they read, as keystrokes, and end with
 * Enter or Tab. A burst of such keystrokes with no text box focused is a scan (issue 12); a person
 * typing is not. Pure: the hook (./use-wedge-scanner.ts) feeds it keydown events.
 *
 * | key                                        | effect                                          |
 * |--------------------------------------------|-------------------------------------------------|
 * | any key while a text box has focus         | goes to the box; the burst so far is dropped    |
 * | a character, within `maxGapMs` of the last | joins the burst                                 |
 * | a character after a longer pause           | starts a new burst                              |
 * | Enter or Tab, within `maxGapMs`            | a scan when the burst has `minLength`           |
 * |                                            | characters at `maxMeanGapMs` or less apart      |
 * | Shift, CapsLock (scanners send Shift)      | ignored                                         |
 * | any other key, or one with Ctrl, Alt, Meta | drops the burst                                 |
 *
 * Thresholds as scanner-detection libraries use them (onScan.js: 30 ms a character on average, at
 * least 6 characters): scanners send a character every 1-20 ms, Bluetooth ones up to about 30 ms;
 * the fastest typists average 80 ms or more between keys, and only a pair of keys rolled over comes
 * closer. The single-gap limit is looser than the mean, so a busy laptop's one late keystroke does
 * not break a scan.
 */
export type WedgeRules = { minLength: number; maxMeanGapMs: number; maxGapMs: number };
export const wedgeRules: WedgeRules = { minLength: 6, maxMeanGapMs: 30, maxGapMs: 100 };

/** One keydown, as the detector needs it. `at` in ms on any monotonic clock (the event's timeStamp). */
export type WedgeKey = {
  key: string;
  at: number;
  /** A text box (input, textarea, select, contenteditable) has focus: the keys are its own. */
  inTextBox: boolean;
  /** Ctrl, Alt or Meta held: a shortcut, never a scanner's character. */
  withModifier: boolean;
};

/** `scan`: a burst ended, its text; the caller keeps the terminating key from the page (no button is pressed by it). */
export type WedgeResult = { scan: string } | null;

export type WedgeDetector = { key(event: WedgeKey): WedgeResult; reset(): void };

const ignored = new Set(['Shift', 'CapsLock']);
const terminators = new Set(['Enter', 'Tab']);

export function createWedgeDetector(rules: WedgeRules = wedgeRules): WedgeDetector {
  let chars: string[] = [];
  let times: number[] = [];
  const reset = () => {
    chars = [];
    times = [];
  };
  const last = () => times[times.length - 1] ?? -Infinity;
  const isBurst = () => {
    if (chars.length < rules.minLength) return false;
    const span = last() - (times[0] ?? 0);
    return span / (times.length - 1) <= rules.maxMeanGapMs;
  };
  return {
    key(event) {
      if (event.inTextBox || event.withModifier) {
        reset();
        return null;
      }
      if (ignored.has(event.key)) return null;
      if (terminators.has(event.key)) {
        const scan = event.at - last() <= rules.maxGapMs && isBurst() ? chars.join('') : null;
        reset();
        return scan === null ? null : { scan };
      }
      if ([...event.key].length !== 1) {
        reset();
        return null;
      }
      if (event.at - last() > rules.maxGapMs) reset();
      chars.push(event.key);
      times.push(event.at);
      return null;
    },
    reset,
  };
}
