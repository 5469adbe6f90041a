import { useState } from 'react';
import { Alert, Button, FileButton, Group, Paper, Text, Title } from '@mantine/core';
import type { Attachment, AttachmentOwner } from '@shared/schema/attachment.schema';
import { useSession } from '../../host/api-context';
import { AttachmentTile } from './AttachmentTile';
import { CameraDialog } from './CameraDialog';
import { SignatureDialog } from './SignatureDialog';
import { PictureViewer } from './PictureViewer';
import { downscalePhoto } from './downscale-photo';
import { saveAttachment, type NewAttachment } from './save-attachment';
import { useAttachmentsDevice, useOwnerAttachments } from './use-attachments';
import { photoKeepWords } from './picture-words';
import { useKeeping } from './use-keeping';
import './attachments.css';

type Owner = { collection: AttachmentOwner; id: string };
type Picture = Pick<NewAttachment, 'kind' | 'mime' | 'bytes' | 'width' | 'height' | 'caption'>;

/** "Printer label.JPG" -> "Printer label": a picked file's name is the photo's first caption. */
const captionOf = (file: File) => file.name.replace(/\.[^.]+$/, '').slice(0, 200);

/**
 * The photos and signatures of one document (a work order first): add a photo from the camera or
 * a file, add a signature, open any at full size. Works offline: what is added here is kept on the
 * device and sent when it is online; what others added appears once downloaded.
 */
export function AttachmentsSection({ owner }: { owner: Owner }) {
  const { db, device } = useAttachmentsDevice();
  const session = useSession();
  const attachments = useOwnerAttachments(owner);
  const [dialog, setDialog] = useState<'camera' | 'signature' | null>(null);
  const [open, setOpen] = useState<Attachment | null>(null);
  const { busy: reading, problem, setProblem, run } = useKeeping(photoKeepWords);

  const keep = async (picture: Picture) => {
    await saveAttachment(db, device.files, { ...picture, owner, createdBy: session.user.id });
    setProblem(null);
  };

  const pickFile = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    await run(async () => {
      const photo = await downscalePhoto(file);
      await keep({ kind: 'photo', mime: 'image/jpeg', ...photo, caption: captionOf(file) });
    });
  };

  return (
    <Paper withBorder p="md" component="section" className="fd-attachments" aria-labelledby="attachments-heading">
      <Title order={2} id="attachments-heading" size="h3">Attachments</Title>
      <Group gap="xs" mt="xs">
        <Button onClick={() => setDialog('camera')}>Take a photo</Button>
        <FileButton onChange={(file) => void pickFile(file)} accept="image/*">
          {(props) => <Button variant="default" loading={reading} {...props}>Choose a photo file</Button>}
        </FileButton>
        <Button variant="default" onClick={() => setDialog('signature')}>Add a signature</Button>
      </Group>
      {problem && <Alert color="red" title="Photo not kept" mt="sm" role="alert">{problem}</Alert>}
      {attachments.length === 0 ? (
        <Text c="dimmed" size="sm" mt="sm">No photos or signatures yet.</Text>
      ) : (
        <ul className="fd-tiles" aria-label="Photos and signatures">
          {attachments.map((a) => <AttachmentTile key={a.id} attachment={a} onOpen={() => setOpen(a)} />)}
        </ul>
      )}
      <CameraDialog
        opened={dialog === 'camera'}
        onClose={() => setDialog(null)}
        onUse={(photo, caption) => keep({ kind: 'photo', mime: 'image/jpeg', ...photo, caption })}
      />
      <SignatureDialog
        opened={dialog === 'signature'}
        onClose={() => setDialog(null)}
        onUse={(signature, signer) => keep({ kind: 'signature', mime: 'image/svg+xml', ...signature, caption: signer })}
      />
      {open && <PictureViewer attachment={open} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
