// `npm run decode -- FILE...`: what the app's camera scanner reads in each image file, through the
// same decoder module and options (src-shared/scanning/barcode-decoder.ts). One line per file, in
// order: FILE<TAB>FORMAT<TAB>TEXT (./decode-line.ts). A file that cannot be read prints its line
// with `-` and a message on stderr, and the command exits 1 after the last file.
import { readFile } from 'node:fs/promises';
import { decodeBarcode } from '@shared/scanning/barcode-decoder';
import { decodeLine } from './decode-line';
import { loadNodeDecoder } from './node-decoder';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run decode -- FILE...');
  process.exit(2);
}
await loadNodeDecoder();
let failed = false;
for (const file of files) {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    failed = true;
    console.error(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
    console.log(decodeLine(file, null));
    continue;
  }
  console.log(decodeLine(file, await decodeBarcode(new Uint8Array(bytes))));
}
process.exit(failed ? 1 : 0);
