import type { Attachment } from '@shared/schema/attachment.schema';
import type { StoredFile, UploadRefusal } from '../../db/attachment-files';
import type { DownloadState } from '../../stores/attachment-downloads';

/** How keeping a photo on this device can fail, in words (camera and file alike). */
export const photoKeepWords = {
  otherwise: 'The photo could not be kept on this device. Try again.',
  storageFull: 'This device has no room left for the photo. Free some disk space and try again.',
};

/** What the person at the screen calls an attachment: its accessible name and its title. */
export function pictureLabel(attachment: Pick<Attachment, 'kind' | 'caption'>): string {
  const caption = attachment.caption.trim();
  if (attachment.kind === 'signature') return caption ? `Signature of ${caption}` : 'Signature';
  return caption ? `Photo: ${caption}` : 'Photo';
}

/** Why the server kept a picture out, in words for the person who took it. */
export function refusalWords(refusal: UploadRefusal): string {
  if (refusal.status === 413) return 'The central server did not accept this picture: it is larger than the server allows.';
  if (refusal.status === 403) return 'The central server did not accept this picture: only the person who took it can send it.';
  if (refusal.status === 400) return 'The central server did not accept this picture: it could not read it as a picture.';
  return 'The central server did not accept this picture.';
}

/**
 * The line under a picture, or null when there is nothing to say: bytes taken here and not sent
 * yet (or refused), or bytes not here yet and why.
 */
export function pictureStatus(attachment: Pick<Attachment, 'uploadedAt'>, file: StoredFile | undefined, download: DownloadState | undefined): string | null {
  if (file?.refused) return refusalWords(file.refused);
  if (file?.toUpload === 1) return 'Kept on this device; sent when it is online.';
  if (file) return null;
  if (!attachment.uploadedAt || download === 'not-sent-yet') return 'Not sent yet by the device it was taken on.';
  if (download === 'offline') return 'Shown here once this device is online.';
  if (download === 'unavailable') return 'No longer available to you.';
  return 'Downloading…';
}
