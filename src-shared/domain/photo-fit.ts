import { maxAttachmentBytes } from './attachment-content';

/**
 * How a photo is brought down to size before the device stores it: its longest side scaled to at
 * most 1,600 px (never enlarged), then JPEG at falling quality until the bytes fit in 400 KiB.
 * Below the lowest quality the picture would be too blurred to show anything, so a photo that
 * still does not fit is refused with a message instead of being stored worse.
 */
export const photoLimits = {
  longestSide: 1600,
  maxBytes: maxAttachmentBytes,
  qualities: [0.92, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56, 0.5] as readonly number[],
};

export type Size = { width: number; height: number };

/** `size` scaled so its longest side is at most `longest`, keeping its proportions; never enlarged. */
export function fitWithin(size: Size, longest = photoLimits.longestSide): Size {
  const side = Math.max(size.width, size.height);
  if (side <= longest) return { width: size.width, height: size.height };
  const scale = longest / side;
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

export type Fitted = { fits: true; bytes: Uint8Array; quality: number } | { fits: false; smallestBytes: number };

/**
 * Encodes at each quality in turn, best first, and keeps the first result within `maxBytes`.
 * `encode` is the device's JPEG encoder (a canvas in the app), called at most once per quality.
 */
export async function encodeWithin(encode: (quality: number) => Promise<Uint8Array>, limits = photoLimits): Promise<Fitted> {
  let smallestBytes = Number.POSITIVE_INFINITY;
  for (const quality of limits.qualities) {
    const bytes = await encode(quality);
    if (bytes.byteLength <= limits.maxBytes) return { fits: true, bytes, quality };
    smallestBytes = Math.min(smallestBytes, bytes.byteLength);
  }
  return { fits: false, smallestBytes };
}
