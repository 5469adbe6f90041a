import { useEffect, useState } from 'react';

/** The camera while the capture dialog is open: asking for it, showing it, or why it cannot. */
export type CameraState = { kind: 'starting' } | { kind: 'live' } | { kind: 'failed'; message: string };

/** Why getUserMedia failed, in words for the person at the laptop (its own text is never shown). */
export function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'FieldDesk may not use the camera. Allow the camera for FieldDesk in the system settings, or choose a photo file instead.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No camera was found on this laptop. Choose a photo file instead.';
  if (name === 'NotReadableError') return 'The camera is in use by another program. Close that program and try again.';
  return 'The camera could not be started. Try again, or choose a photo file instead.';
}

/**
 * Starts the laptop camera while `active` and shows it in `video` (an element, not a ref: the
 * dialog's content mounts after it opens), and stops it (the light goes off) when the dialog
 * closes. Asks for a large frame: the photo is scaled down later, never up.
 */
export function useCamera(video: HTMLVideoElement | null, active: boolean): CameraState {
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [stream, setStream] = useState<MediaStream | null>(null);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let media: MediaStream | null = null;
    setState({ kind: 'starting' });
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no media devices', 'NotFoundError');
      media = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false });
      if (cancelled) media.getTracks().forEach((t) => t.stop());
      else setStream(media);
    };
    start().catch((error: unknown) => !cancelled && setState({ kind: 'failed', message: cameraProblem(error) }));
    return () => {
      cancelled = true;
      media?.getTracks().forEach((t) => t.stop());
      setStream(null);
    };
  }, [active]);

  useEffect(() => {
    if (!video || !stream) return;
    let cancelled = false;
    video.srcObject = stream;
    video.play().then(
      () => !cancelled && setState({ kind: 'live' }),
      (error: unknown) => !cancelled && setState({ kind: 'failed', message: cameraProblem(error) }),
    );
    return () => {
      cancelled = true;
      video.srcObject = null;
    };
  }, [video, stream]);

  return state;
}
