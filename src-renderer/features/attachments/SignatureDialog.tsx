import { useEffect, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { maxAttachmentBytes } from '@shared/domain/attachment-content';
import { PlainWordsError } from '../../ui/plain-error';
import { useKeeping } from './use-keeping';

/** A signature ready to keep: SVG drawing (strokes as paths) and the box it was drawn in. */
export type SignatureBytes = { bytes: Uint8Array; width: number; height: number };

type Props = {
  opened: boolean;
  onClose(): void;
  /** Keeps the signature with the signer's name; the dialog closes once it resolves. */
  onUse(signature: SignatureBytes, signer: string): Promise<void>;
};

const box = { width: 480, height: 180 };
const words = { otherwise: 'The signature could not be kept on this device. Try again.', storageFull: 'This device has no room left for the signature. Free some disk space and try again.' };

/**
 * A signature drawn with mouse, pen or finger on signature_pad, kept as SVG: strokes stay sharp at
 * any size and weigh a few kilobytes. The signer's name is asked too (it is the caption).
 */
export function SignatureDialog({ opened, onClose, onUse }: Props) {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [signer, setSigner] = useState('');
  const { busy: saving, problem, setProblem, run } = useKeeping(words);

  useEffect(() => {
    if (!canvas) return;
    // Drawn at the screen's pixel density, so strokes are not blurred on a high-resolution display.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = box.width * ratio;
    canvas.height = box.height * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const signaturePad = new SignaturePad(canvas, { penColor: '#1d2330', backgroundColor: 'rgba(0,0,0,0)' });
    pad.current = signaturePad;
    return () => {
      signaturePad.off();
      pad.current = null;
    };
  }, [canvas]);

  useEffect(() => {
    if (opened) return;
    setSigner('');
    setProblem(null);
  }, [opened]);

  const save = () =>
    run(async () => {
      const drawn = pad.current;
      if (!drawn || drawn.isEmpty()) throw new PlainWordsError('Sign in the box first.');
      if (!signer.trim()) throw new PlainWordsError('Write the name of the person signing.');
      const bytes = new TextEncoder().encode(drawn.toSVG());
      if (bytes.byteLength > maxAttachmentBytes) throw new PlainWordsError('This signature has too many strokes to keep. Clear it and sign again.');
      await onUse({ bytes, ...box }, signer.trim());
      onClose();
    });

  return (
    <Modal opened={opened} onClose={onClose} title="Add a signature" size="auto" className="fd-attachments-dialog">
      <Stack gap="sm">
        <Text size="sm">Sign in the box with the mouse, a pen or a finger.</Text>
        <canvas ref={setCanvas} className="fd-signature-pad" role="img" aria-label="Signature box" />
        <TextInput label="Name of the person signing" value={signer} maxLength={200} onChange={(e) => setSigner(e.currentTarget.value)} />
        {problem && <Alert color="red" title="Signature not kept">{problem}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button variant="default" onClick={() => pad.current?.clear()}>Clear</Button>
          <Button onClick={() => void save()} loading={saving}>Keep the signature</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
