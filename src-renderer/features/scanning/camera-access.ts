// html5-qrcode's camera retrieval alone (the module its `Html5Qrcode.getCameras()` calls): it asks
// for the camera permission and lists the cameras with their names. Imported by its own path so
// the app's bundle holds none of html5-qrcode's decoder (DECISIONS #12: zxing-wasm decodes).
import { CameraRetriever } from 'html5-qrcode/esm/camera/retriever.js';

/** A camera to choose from, by the id getUserMedia takes and the name the system gives it. */
export type CameraChoice = { id: string; label: string };

/** Why the camera cannot be used, in words for the person at the laptop. */
export class CameraProblem extends Error {}

function plainWords(error: unknown): string {
  if (!window.isSecureContext) return 'The camera works only when FieldDesk is opened over https or on this computer.';
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'FieldDesk may not use the camera. Allow the camera for FieldDesk in the browser or system settings, then try again.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No camera was found on this laptop.';
  if (name === 'NotReadableError' || name === 'AbortError') return 'The camera is in use by another program. Close it there, then try again.';
  return 'The camera could not be started. Try again, or scan with a barcode scanner.';
}

/** Asks for the camera permission (the browser or system asks the person) and lists the cameras. */
export async function listCameras(): Promise<CameraChoice[]> {
  let cameras: { id: string; label: string }[];
  try {
    cameras = await CameraRetriever.retrieve();
  } catch (error) {
    throw new CameraProblem(plainWords(error));
  }
  if (cameras.length === 0) throw new CameraProblem(plainWords(new DOMException('', 'NotFoundError')));
  return cameras.map((camera, i) => ({ id: camera.id, label: camera.label || `Camera ${i + 1}` }));
}

/** Opens one camera's video (no sound). */
export async function openCamera(id: string): Promise<MediaStream> {
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: false, video: { deviceId: { exact: id }, width: { ideal: 1280 }, height: { ideal: 720 } } });
  } catch (error) {
    throw new CameraProblem(plainWords(error));
  }
}

/** Turns the camera off: its light goes out. */
export function closeCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
