import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';

/**
 * The one barcode decoder of FieldDesk: ZXing-C++ compiled to WebAssembly (zxing-wasm), with the
 * same formats and options in the app's camera scanner, in `npm run decode` and in the benchmark
 * (DECISIONS #12, "The decoder"). Measured on the 169 real images of ../shared/corpus/barcodes:
 * `npm run bench:scan`.
 *
 * The .wasm file is never fetched from a CDN (zxing-wasm's default): the caller hands it over,
 * bundled with the app (its URL in the renderer) or as bytes (in Node). Decoding before
 * `loadDecoder` throws rather than let zxing-wasm reach for the network.
 */

/** What county asset labels, room labels and manufacturers' labels are printed in (issue 12). */
export const scanFormats = ['Code128', 'Code39', 'QRCode', 'DataMatrix', 'EANUPC', 'ITF'] as const;

/**
 * `tryHarder` for photos taken at an angle; `minLineCount: 3`: a 1D code must agree on three scan
 * lines, which removes the one confident misread of the corpus (a UPC-A read as another valid
 * EAN-13); `textMode: 'Plain'` gives the encoded text as it is (control characters such as a Data
 * Matrix GS included) rather than a display form; one symbol a frame: a scan is one label.
 */
export const readerOptions = {
  formats: [...scanFormats],
  tryHarder: true,
  minLineCount: 3,
  textMode: 'Plain',
  maxNumberOfSymbols: 1,
} as const satisfies ReaderOptions;

/** Where the .wasm comes from: a URL the app serves itself, or its bytes. */
export type WasmSource = { wasmUrl: string } | { wasmBinary: ArrayBuffer };

/** A decoded label: the format as zxing-wasm names it ('Code128', 'EAN13', 'QRCode' ...) and its text. */
export type Decoded = { format: string; text: string };

/** Anything zxing-wasm reads: an encoded image file (PNG, JPEG ...) or the pixels of a video frame. */
export type DecoderInput = Uint8Array | ArrayBuffer | Blob | ImageData;

let loading: Promise<void> | null = null;

/**
 * Instantiates the decoder once per page or process; later calls return the same promise (the
 * first source wins). Rejects when the .wasm cannot be loaded.
 */
export function loadDecoder(source: WasmSource): Promise<void> {
  if (!loading) {
    const overrides =
      'wasmUrl' in source
        ? { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? source.wasmUrl : prefix + path) }
        : { wasmBinary: source.wasmBinary };
    loading = prepareZXingModule({ overrides, fireImmediately: true }).then(() => undefined);
    // A failed load may be retried (a file not served yet); keep only a successful one.
    loading.catch(() => (loading = null));
  }
  return loading;
}

/** The label in `input`, or null when none of the formats is read. */
export async function decodeBarcode(input: DecoderInput): Promise<Decoded | null> {
  if (!loading) throw new Error('loadDecoder() first: without it zxing-wasm would fetch its .wasm from a CDN');
  await loading;
  const results = await readBarcodes(input, readerOptions);
  const found = results.find((r) => r.isValid);
  return found ? { format: found.format, text: found.text } : null;
}
