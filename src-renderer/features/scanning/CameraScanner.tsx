import { useEffect, useRef, useState } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { createCameraReadFilter, defaultCameraConfirmMs, defaultCameraHoldMs } from '@shared/domain/camera-reads';
import { CameraProblem, closeCamera, listCameras, openCamera, type CameraChoice } from './camera-access';
import { startFrameLoop } from './camera-frames';
import { decodeFrame, loadAppDecoder } from './decoder';

/**
 * The camera's states:
 *
 *   off --Start--> starting --cameras listed, decoder loaded--> on --Stop--> off
 *                     |                                        |  ^
 *                     +--refused, none, failed--> failed       +--+ another camera chosen
 *   failed --Try again--> starting
 */
type CameraState =
  | { step: 'off' }
  | { step: 'starting' }
  | { step: 'on'; cameras: CameraChoice[]; cameraId: string }
  | { step: 'failed'; problem: string };

type Props = {
  /** A label read by the camera that counts (../../../src-shared/domain/camera-reads.ts): once while it stays in view. */
  onScan: (text: string) => void;
  /** Whether a read counts at once (a known asset, or a county format); any other counts at its second identical read. */
  trusted: (text: string) => boolean;
  /** Called for every frame decoded, whatever it held. */
  onFrameDecoded?: () => void;
};

const failureWords = (error: unknown) => (error instanceof CameraProblem ? error.message : 'The barcode reader could not be started. Reload FieldDesk and try again.');

/**
 * Continuous camera scanning. html5-qrcode asks for the permission and lists the cameras; the
 * video comes from getUserMedia and every frame is decoded by the app's zxing-wasm module, the
 * same as `npm run decode` (docs/ARCHITECTURE.md, "Scanning").
 */
export function CameraScanner({ onScan, trusted, onFrameDecoded }: Props) {
  const [state, setState] = useState<CameraState>({ step: 'off' });
  const video = useRef<HTMLVideoElement>(null);
  const latest = useRef({ onScan, trusted, onFrameDecoded });
  latest.current = { onScan, trusted, onFrameDecoded };

  const start = async () => {
    setState({ step: 'starting' });
    try {
      const [cameras] = await Promise.all([listCameras(), loadAppDecoder()]);
      setState({ step: 'on', cameras, cameraId: cameras[0]?.id ?? '' });
    } catch (error) {
      setState({ step: 'failed', problem: failureWords(error) });
    }
  };

  const cameraId = state.step === 'on' ? state.cameraId : null;
  useEffect(() => {
    const element = video.current;
    if (cameraId === null || !element) return;
    let stream: MediaStream | null = null;
    let stopLoop = () => {};
    let cancelled = false;
    const filter = createCameraReadFilter({ trusted: (text) => latest.current.trusted(text), holdMs: defaultCameraHoldMs, confirmMs: defaultCameraConfirmMs });
    openCamera(cameraId).then(
      async (opened) => {
        if (cancelled) return closeCamera(opened);
        stream = opened;
        element.srcObject = opened;
        await element.play();
        stopLoop = startFrameLoop(element, async (frame) => {
          const decoded = await decodeFrame(frame);
          latest.current.onFrameDecoded?.();
          const counted = decoded && filter.read(decoded.text, performance.now());
          if (counted) latest.current.onScan(counted);
        });
      },
      (error: unknown) => !cancelled && setState({ step: 'failed', problem: failureWords(error) }),
    );
    return () => {
      cancelled = true;
      stopLoop();
      if (stream) closeCamera(stream);
      element.srcObject = null;
    };
  }, [cameraId]);

  return (
    <Stack gap="xs" className="camera-scanner">
      {state.step === 'on' && (
        <Select
          label="Camera"
          data={state.cameras.map((c) => ({ value: c.id, label: c.label }))}
          value={state.cameraId}
          onChange={(id) => id && setState({ ...state, cameraId: id })}
          allowDeselect={false}
          w={320}
        />
      )}
      <video ref={video} muted playsInline aria-label="Camera view" hidden={state.step !== 'on'} className="camera-view" />
      <Group gap="xs">
        {state.step === 'on' ? (
          <Button variant="default" onClick={() => setState({ step: 'off' })}>Stop camera</Button>
        ) : (
          <Button onClick={() => void start()} loading={state.step === 'starting'}>
            {state.step === 'failed' ? 'Try the camera again' : 'Start camera'}
          </Button>
        )}
      </Group>
      {state.step === 'on' && <Text size="sm" c="dimmed">Hold a label in front of the camera. Each label counts once while it stays in view.</Text>}
      {state.step === 'failed' && <Text role="alert" size="sm" c="red">{state.problem}</Text>}
    </Stack>
  );
}
