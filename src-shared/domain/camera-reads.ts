import { normaliseTag } from './asset-tag';
import { classifyTag, type TagFormats } from './tag-classification';

/**
 * Which camera reads count as scans. A camera decodes the same label at every frame while it is in
 * view, and camera decoders misread 1D codes now and then (issue 12, "Misreads"):
 *
 * | the read (normalised) ...                                   | counts                             |
 * |-------------------------------------------------------------|------------------------------------|
 * | was counted and has been seen again within `holdMs`         | no: the label is still in view     |
 * | is trusted (a known asset, or fits a county format)         | at once                            |
 * | is not trusted                                              | at its second identical read       |
 * |                                                             | within `confirmMs` of the first    |
 * A label taken out of view for longer than `holdMs` counts again when it comes back (whether that
 * is a repeat is the sweep's question: "already scanned").
 */
export type CameraReadRules = {
  /** Whether a read counts at once: it names a known asset, or fits the county's tag or room-label format. */
  trusted: (text: string) => boolean;
  /** A counted label seen again within this time is the same label still in view. */
  holdMs: number;
  /** An untrusted read counts when the same text is read again within this time. */
  confirmMs: number;
};

export const defaultCameraHoldMs = 1500;
export const defaultCameraConfirmMs = 1500;

/** Feeds reads in time order (`at` in ms, any monotonic clock); returns the read's text when it counts. */
export type CameraReadFilter = { read(text: string, at: number): string | null; reset(): void };

export function createCameraReadFilter(rules: CameraReadRules): CameraReadFilter {
  /** Counted keys, by when they were last seen. */
  const inView = new Map<string, number>();
  /** Untrusted keys read once, by when. */
  const firstReads = new Map<string, number>();
  const forgetOlderThan = (held: Map<string, number>, at: number, ms: number) => {
    for (const [key, seen] of held) if (at - seen > ms) held.delete(key);
  };
  const count = (key: string, text: string, at: number) => {
    firstReads.delete(key);
    inView.set(key, at);
    return text;
  };
  return {
    read(text, at) {
      const key = normaliseTag(text);
      if (key === '') return null;
      forgetOlderThan(inView, at, rules.holdMs);
      forgetOlderThan(firstReads, at, rules.confirmMs);
      if (inView.has(key)) {
        inView.set(key, at);
        return null;
      }
      if (rules.trusted(text) || firstReads.has(key)) return count(key, text, at);
      firstReads.set(key, at);
      return null;
    },
    reset() {
      inView.clear();
      firstReads.clear();
    },
  };
}

/**
 * The `trusted` rule of issue 12: a read counts at once when it names an asset the screen knows
 * (`knows`: by tag, serial number, barcode or tag in a URL) or fits a county format.
 */
export const trustsRead = (formats: TagFormats, knows: (text: string) => boolean = () => false) => (text: string): boolean =>
  knows(text) || classifyTag(text, formats) !== 'unknown';
