import { UnstyledButton } from '@mantine/core';
import type { Attachment } from '@shared/schema/attachment.schema';
import { pictureLabel, pictureStatus } from './picture-words';
import { useLocalPicture } from './use-attachments';

/** A thumbnail that opens the picture at full size, with a line when it is not sent or not here yet. */
export function AttachmentTile({ attachment, onOpen }: { attachment: Attachment; onOpen(): void }) {
  const picture = useLocalPicture(attachment);
  const label = pictureLabel(attachment);
  const status = pictureStatus(attachment, picture.file, picture.download);
  return (
    <li className="fd-tile" data-testid="attachment">
      <UnstyledButton className="fd-thumb" onClick={onOpen} aria-label={`Open ${label}`}>
        {picture.url ? <img src={picture.url} alt="" /> : <span className="fd-waiting">{attachment.kind === 'signature' ? 'Signature' : 'Photo'}</span>}
      </UnstyledButton>
      <span>{label}</span>
      {status && <span className={picture.file?.refused ? 'fd-tile-note fd-refused' : 'fd-tile-note'}>{status}</span>}
    </li>
  );
}
