import type { TagClass } from '@shared/domain/tag-classification';

/** How a scan was made: a keyboard-wedge scanner, the laptop's camera, or typed by hand. */
export type ScanMethod = 'scanner' | 'camera' | 'typed';

export const methodWords: Record<ScanMethod, string> = { scanner: 'read by the barcode scanner', camera: 'read by the camera', typed: 'typed in the box' };

export const classWords: Record<TagClass, string> = {
  'asset-tag': 'a county asset tag',
  'room-label': 'a room label',
  unknown: 'not a county asset tag or room label',
};
