import { Modal, Text } from '@mantine/core';
import type { Attachment } from '@shared/schema/attachment.schema';
import { formatDateTime } from '../../ui/format';
import { pictureLabel, pictureStatus } from './picture-words';
import { useLocalPicture } from './use-attachments';

/** One photo or signature at full size. */
export function PictureViewer({ attachment, onClose }: { attachment: Attachment; onClose(): void }) {
  const picture = useLocalPicture(attachment);
  const label = pictureLabel(attachment);
  return (
    <Modal opened onClose={onClose} title={label} size="auto" className="fd-attachments-dialog">
      {picture.url ? <img className="fd-full" src={picture.url} alt={label} /> : <Text>{pictureStatus(attachment, picture.file, picture.download)}</Text>}
      <Text size="sm" c="dimmed" mt="xs">
        {attachment.kind === 'signature' ? 'Signed' : 'Taken'} {formatDateTime(attachment.createdAt)} · {attachment.width} × {attachment.height} px
      </Text>
    </Modal>
  );
}
