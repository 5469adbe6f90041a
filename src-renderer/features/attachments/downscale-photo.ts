import { encodeWithin, fitWithin, photoLimits } from '@shared/domain/photo-fit';
import { PlainWordsError } from '../../ui/plain-error';

/** A photo ready to keep: JPEG bytes within the limit, and the size it was drawn at. */
export type PhotoBytes = { bytes: Uint8Array; width: number; height: number };

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

async function decode(source: Blob | HTMLCanvasElement): Promise<ImageBitmap> {
  try {
    // A phone's JPEG says which way up it was held; the picture is stored the right way up.
    return await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch {
    throw new PlainWordsError('This file is not a picture FieldDesk can read. Choose a photo, such as a JPEG or PNG file.');
  }
}

/**
 * Brings a camera frame or a picked file down to what the device stores (../../../src-shared/domain/photo-fit.ts):
 * longest side 1,600 px, JPEG, within 400 KB, by the browser's own decoder and JPEG encoder (a
 * canvas). Refuses in plain words what is no picture, or what stays too large at the lowest quality.
 */
export async function downscalePhoto(source: Blob | HTMLCanvasElement): Promise<PhotoBytes> {
  const bitmap = await decode(source);
  const size = fitWithin({ width: bitmap.width, height: bitmap.height });
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new PlainWordsError('This device could not prepare the photo. Try again.');
  // JPEG has no transparency: a see-through PNG is laid on white rather than on black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  const fitted = await encodeWithin(async (quality) => new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer()));
  if (!fitted.fits) {
    throw new PlainWordsError(
      `This photo stays at ${kb(fitted.smallestBytes)} even at the lowest quality FieldDesk keeps, and the limit is ${kb(photoLimits.maxBytes)}. Take it again with less fine detail in view, or choose another file.`,
    );
  }
  return { bytes: fitted.bytes, ...size };
}
