import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadDecoder } from '@shared/scanning/barcode-decoder';

/** Loads the app's decoder in Node from the .wasm file in node_modules (the bytes, never a download). */
export async function loadNodeDecoder(): Promise<void> {
  const file = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const bytes = await readFile(file);
  await loadDecoder({ wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
}
