import { describe, expect, it } from 'vitest';
import { encodeWithin, fitWithin, photoLimits } from '@shared/domain/photo-fit';

describe('fitWithin: the longest side at most 1,600 px, proportions kept, never enlarged', () => {
  it.each([
    ['a 4032 x 3024 phone photo', { width: 4032, height: 3024 }, { width: 1600, height: 1200 }],
    ['a portrait 3024 x 4032', { width: 3024, height: 4032 }, { width: 1200, height: 1600 }],
    ['a 1920 x 1080 webcam frame', { width: 1920, height: 1080 }, { width: 1600, height: 900 }],
    ['exactly 1600 x 1600', { width: 1600, height: 1600 }, { width: 1600, height: 1600 }],
    ['a small 640 x 480 picture (not enlarged)', { width: 640, height: 480 }, { width: 640, height: 480 }],
    ['a thin 10000 x 3 strip (never below 1 px)', { width: 10_000, height: 3 }, { width: 1600, height: 1 }],
  ])('%s', (_, size, expected) => {
    expect(fitWithin(size)).toEqual(expected);
  });
});

describe('encodeWithin: best quality that fits in 400 KiB', () => {
  const encoderOf = (bytesAt: (quality: number) => number) => {
    const asked: number[] = [];
    const encode = async (quality: number) => {
      asked.push(quality);
      return new Uint8Array(bytesAt(quality));
    };
    return { encode, asked };
  };

  it('keeps the first quality when it already fits, and encodes only once', async () => {
    const { encode, asked } = encoderOf(() => 120_000);
    expect(await encodeWithin(encode)).toMatchObject({ fits: true, quality: 0.92 });
    expect(asked).toEqual([0.92]);
  });

  it('lowers the quality step by step until the bytes fit', async () => {
    const { encode, asked } = encoderOf((q) => Math.round(q * 600_000));
    const result = await encodeWithin(encode);
    expect(result).toMatchObject({ fits: true, quality: 0.68 });
    expect(result.fits && result.bytes.byteLength).toBeLessThanOrEqual(photoLimits.maxBytes);
    expect(asked).toEqual([0.92, 0.86, 0.8, 0.74, 0.68]);
  });

  it('takes a photo of exactly the limit, and refuses one byte more', async () => {
    expect(await encodeWithin(encoderOf(() => photoLimits.maxBytes).encode)).toMatchObject({ fits: true });
    expect(await encodeWithin(encoderOf(() => photoLimits.maxBytes + 1).encode)).toMatchObject({ fits: false });
  });

  it('gives up below the lowest quality, saying how small it got, rather than storing a blur', async () => {
    const { encode, asked } = encoderOf((q) => Math.round(q * 2_000_000));
    expect(await encodeWithin(encode)).toEqual({ fits: false, smallestBytes: 1_000_000 });
    expect(asked.at(-1)).toBe(0.5);
    expect(asked).toHaveLength(photoLimits.qualities.length);
  });
});
