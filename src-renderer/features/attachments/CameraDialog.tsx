import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { downscalePhoto, type PhotoBytes } from './downscale-photo';
import { useCamera } from './use-camera';
import { photoKeepWords } from './picture-words';
import { useKeeping } from './use-keeping';

type Props = {
  opened: boolean;
  onClose(): void;
  /** Keeps the photo; the dialog closes once it resolves. */
  onUse(photo: PhotoBytes, caption: string): Promise<void>;
};

/** Live preview, capture, retake, use: a photo from the laptop camera, scaled down before it is kept. */
export function CameraDialog({ opened, onClose, onUse }: Props) {
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const still = useRef<HTMLCanvasElement | null>(null);
  const [captured, setCaptured] = useState(false);
  const [caption, setCaption] = useState('');
  const { busy: saving, problem, setProblem, run } = useKeeping(photoKeepWords);
  const camera = useCamera(video, opened);

  useEffect(() => {
    if (opened) return;
    setCaptured(false);
    setCaption('');
    setProblem(null);
  }, [opened]);

  const capture = () => {
    const source = video;
    const canvas = still.current;
    if (!source || !canvas || source.videoWidth === 0) return;
    canvas.width = source.videoWidth;
    canvas.height = source.videoHeight;
    canvas.getContext('2d')?.drawImage(source, 0, 0);
    setProblem(null);
    setCaptured(true);
  };

  const use = () =>
    run(async () => {
      if (!still.current) return;
      await onUse(await downscalePhoto(still.current), caption.trim());
      onClose();
    });

  return (
    <Modal opened={opened} onClose={onClose} title="Take a photo" size="lg" className="fd-attachments-dialog">
      <Stack gap="sm">
        {camera.kind === 'failed' && <Alert color="red" title="No camera">{camera.message}</Alert>}
        <video ref={setVideo} aria-label="Camera preview" muted playsInline hidden={captured || camera.kind === 'failed'} />
        <canvas ref={still} className="fd-still" role="img" aria-label="The photo taken" hidden={!captured} />
        {camera.kind === 'starting' && !captured && <Text c="dimmed">Starting the camera…</Text>}
        {captured && <TextInput label="What the photo shows" value={caption} maxLength={200} onChange={(e) => setCaption(e.currentTarget.value)} />}
        {problem && <Alert color="red" title="Photo not kept">{problem}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          {captured ? (
            <>
              <Button variant="default" onClick={() => setCaptured(false)} disabled={saving}>Retake</Button>
              <Button onClick={() => void use()} loading={saving}>Use this photo</Button>
            </>
          ) : (
            <Button onClick={capture} disabled={camera.kind !== 'live'}>Take the photo</Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
