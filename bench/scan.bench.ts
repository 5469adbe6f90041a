// `npm run bench:scan`: decoding accuracy over every image of ../shared/corpus/barcodes, per format,
// through FieldDesk's decoder module (the one the camera scanner and `npm run decode` use, in Node)
// beside html5-qrcode's default decoder (in Chromium) on the same files. Target (issue 12): at least
// 155 of 169 right and no wrong text. A full run that misses it exits 1.
// BENCH_SCAN_PER_FORMAT=N decodes only the first N images of each format; `npm run bench:smoke` points
// BENCH_CORPUS at the 14 images of bench/fixtures/barcode-smoke.
// Wedge latency with 50,000 assets (issue 12) is measured on the sweep screen by bench:sweep, not here.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBarcode, readerOptions } from '@shared/scanning/barcode-decoder';
import { loadNodeDecoder } from '../scripts/node-decoder';
import { corpusDir, outcome, readCorpus, type CorpusImage, type Outcome } from './support/barcode-corpus';
import { html5QrcodeInChromium } from './support/html5-qrcode-in-chromium';

const perFormat = process.env.BENCH_SCAN_PER_FORMAT ? Number(process.env.BENCH_SCAN_PER_FORMAT) : Infinity;
if (!(perFormat > 0)) throw new Error('BENCH_SCAN_PER_FORMAT must be a positive number');
const target = { right: 155, of: 169, wrong: 0 };

type Tally = Record<Outcome, number>;
const emptyTally = (): Tally => ({ right: 0, wrong: 0, unread: 0 });
type Run = { byFormat: Map<string, Tally>; total: Tally; ms: number[]; wrong: string[] };
const newRun = (): Run => ({ byFormat: new Map(), total: emptyTally(), ms: [], wrong: [] });

function record(run: Run, image: CorpusImage, read: { format: string; text: string } | null, ms: number): void {
  const result = outcome(image, read);
  const tally = run.byFormat.get(image.format) ?? emptyTally();
  tally[result] += 1;
  run.byFormat.set(image.format, tally);
  run.total[result] += 1;
  run.ms.push(ms);
  if (result === 'wrong' && read) run.wrong.push(`${image.file}: ${read.format} ${JSON.stringify(read.text)}, expected ${JSON.stringify(image.expected)}`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const cells = (t: Tally) => `${String(t.right).padStart(5)} ${String(t.wrong).padStart(5)} ${String(t.unread).padStart(6)}`;

async function main(): Promise<void> {
  const images = readCorpus(perFormat);
  const ours = newRun();
  const frames = newRun();
  const files = newRun();
  await loadNodeDecoder();
  const html5 = await html5QrcodeInChromium();
  try {
    for (const image of images) {
      const bytes = await readFile(join(corpusDir, image.file));
      const started = performance.now();
      const read = await decodeBarcode(new Uint8Array(bytes));
      record(ours, image, read, performance.now() - started);
      const frame = await html5.decode(bytes, image.file, 'frame');
      record(frames, image, frame.read, frame.ms);
      const file = await html5.decode(bytes, image.file, 'file');
      record(files, image, file.read, file.ms);
    }
  } finally {
    await html5.close();
  }

  console.log(`Barcode decoding: ${images.length} images of ${corpusDir}${perFormat < Infinity ? ` (first ${perFormat} of each format)` : ''}`);
  console.log(`FieldDesk: zxing-wasm in Node, ${JSON.stringify(readerOptions)}`);
  console.log(`html5-qrcode 2.3.8 default (every format, no options) in Chromium, ${html5.engine}:`);
  console.log('  as camera frames (its decoder on each image at its own size) and through scanFileV2\n');
  const head = (name: string) => `${name.padEnd(10)} right wrong unread`;
  console.log(`${'format'.padEnd(12)} ${'images'.padStart(6)} | ${head('FieldDesk')} | ${head('html5 frame')} | ${head('html5 file')}`);
  const row = (label: string, count: number, pick: (run: Run) => Tally) =>
    console.log(`${label.padEnd(12)} ${String(count).padStart(6)} | ${' '.repeat(10)}${cells(pick(ours))} | ${' '.repeat(10)}${cells(pick(frames))} | ${' '.repeat(10)}${cells(pick(files))}`);
  for (const [format, tally] of ours.byFormat) row(format, tally.right + tally.wrong + tally.unread, (run) => run.byFormat.get(format) ?? emptyTally());
  row('all', images.length, (run) => run.total);
  console.log(`\nmedian time an image (wall time, shared machine): FieldDesk ${median(ours.ms).toFixed(1)} ms, html5-qrcode frame ${median(frames.ms).toFixed(1)} ms, file ${median(files.ms).toFixed(1)} ms`);
  for (const line of frames.wrong) console.log(`  html5-qrcode frame wrong: ${line}`);
  for (const line of files.wrong) console.log(`  html5-qrcode file wrong: ${line}`);
  for (const line of ours.wrong) console.log(`  FieldDesk wrong: ${line}`);

  if (images.length !== target.of) {
    console.log(`\nTarget (at least ${target.right} of ${target.of} right, ${target.wrong} wrong) applies to the full corpus: not judged on ${images.length} images.`);
    return;
  }
  const met = ours.total.right >= target.right && ours.total.wrong === target.wrong;
  console.log(`\nTarget: at least ${target.right} of ${target.of} right and no wrong text. FieldDesk: ${ours.total.right} of ${images.length} right, ${ours.total.wrong} wrong: ${met ? 'MET' : 'MISSED'}.`);
  if (!met) process.exitCode = 1;
}

await main();
