import { describe, expect, it } from 'vitest';
import type { StoredFile } from '../../../src-renderer/db/attachment-files';
import { pictureLabel, pictureStatus } from '../../../src-renderer/features/attachments/picture-words';

const file = (over: Partial<StoredFile> = {}): StoredFile => ({ id: 'a', mime: 'image/jpeg', bytes: new Uint8Array([1]), toUpload: 0, storedAt: 0, ...over });
const sent = { uploadedAt: '2026-01-01T00:00:00.000Z' };

describe('pictureLabel', () => {
  it.each([
    [{ kind: 'photo', caption: 'Jammed fuser' }, 'Photo: Jammed fuser'],
    [{ kind: 'photo', caption: '  ' }, 'Photo'],
    [{ kind: 'signature', caption: 'Maria Lopez' }, 'Signature of Maria Lopez'],
    [{ kind: 'signature', caption: '' }, 'Signature'],
  ] as const)('%o is "%s"', (attachment, label) => {
    expect(pictureLabel(attachment)).toBe(label);
  });
});

describe('pictureStatus: what the line under a picture says', () => {
  it.each([
    ['bytes here and sent', sent, file(), undefined, null],
    ['taken here, not sent yet', {}, file({ toUpload: 1 }), undefined, 'Kept on this device; sent when it is online.'],
    ['too large for the server', {}, file({ toUpload: 1, refused: { status: 413, field: 'content', message: 'x' } }), undefined, 'The central server did not accept this picture: it is larger than the server allows.'],
    ['not a picture to the server', {}, file({ toUpload: 1, refused: { status: 400, field: 'content', message: 'x' } }), undefined, 'The central server did not accept this picture: it could not read it as a picture.'],
    ['not sent by its device yet', {}, undefined, undefined, 'Not sent yet by the device it was taken on.'],
    ['on its way', sent, undefined, 'downloading', 'Downloading…'],
    ['this device offline', sent, undefined, 'offline', 'Shown here once this device is online.'],
    ['no longer readable', sent, undefined, 'unavailable', 'No longer available to you.'],
  ] as const)('%s', (_, attachment, stored, download, words) => {
    expect(pictureStatus(attachment, stored, download)).toBe(words);
  });

  it('never shows the server\'s own message', () => {
    const refused = file({ toUpload: 1, refused: { status: 400, field: 'content', message: 'content: the bytes are image/png, not image/jpeg' } });
    expect(pictureStatus({}, refused, undefined)).not.toContain('image/');
  });
});
