// The .wasm is a file of the app's own build (Vite copies it next to the scripts and gives its URL),
// so the camera scanner works offline: never zxing-wasm's default download from a CDN.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { decodeBarcode, loadDecoder, type Decoded } from '@shared/scanning/barcode-decoder';

/** Loads the app's decoder from its bundled .wasm (once per page). */
export const loadAppDecoder = (): Promise<void> => loadDecoder({ wasmUrl });

/** The label in one camera frame, by the same decoder and options as `npm run decode`. */
export async function decodeFrame(frame: ImageData): Promise<Decoded | null> {
  await loadAppDecoder();
  return decodeBarcode(frame);
}
