import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';

/** The decoder html5-qrcode uses by default, in the browser it runs in. */
export type Html5QrcodeDecoder = {
  /** What decodes: Linux Chromium has no native BarcodeDetector, so html5-qrcode's bundled @zxing/library. */
  engine: string;
  /** `frame`: the image as a camera frame; `file`: through `scanFileV2`. */
  decode(bytes: Buffer, name: string, path: 'frame' | 'file'): Promise<{ read: { format: string; text: string } | null; ms: number }>;
  close(): Promise<void>;
};

/** What the page reaches of an Html5Qrcode instance: its decoder, which its camera loop calls with each frame. */
type WithDecoder = { qrcode: { decodeAsync(canvas: HTMLCanvasElement): Promise<{ text: string; format?: { formatName: string } }> } };

declare global {
  interface Window {
    __Html5QrcodeLibrary__: typeof import('html5-qrcode');
  }
}

/**
 * html5-qrcode 2.3.8 as shipped (its UMD bundle, no configuration: every format it supports,
 * its own choice of decoder) in Debian's Chromium, two ways:
 * - `frame`: the image drawn at its own size on white, handed to the decoder its camera loop calls
 *   with every frame (`decodeAsync` of the instance's decoder: no public API reaches it, the
 *   instance's `qrcode` field does). This is what a camera showing that image would get.
 * - `file`: `scanFileV2`, its public way to decode an image file (it draws the image inside a
 *   100-pixel transparent border, which its decoder sees as black).
 */
export async function html5QrcodeInChromium(): Promise<Html5QrcodeDecoder> {
  const bundle = createRequire(import.meta.url).resolve('html5-qrcode/html5-qrcode.min.js');
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const page: Page = await browser.newPage();
  await page.setContent('<div id="reader" style="width: 600px"></div>');
  await page.addScriptTag({ content: await readFile(bundle, 'utf8') });
  const engine = (await page.evaluate(() => 'BarcodeDetector' in window))
    ? 'the browser\'s BarcodeDetector, then its bundled @zxing/library'
    : 'its bundled @zxing/library (this Chromium has no BarcodeDetector)';
  return {
    engine,
    async decode(bytes, name, path) {
      return page.evaluate(
        async ({ base64, name, path }) => {
          const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const file = new File([data], name, { type: name.endsWith('.jpg') ? 'image/jpeg' : 'image/png' });
          const scanner = new window.__Html5QrcodeLibrary__.Html5Qrcode('reader');
          let canvas: HTMLCanvasElement | null = null;
          if (path === 'frame') {
            const image = await createImageBitmap(file);
            canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext('2d', { willReadFrequently: true });
            if (!context) throw new Error('no 2d context');
            context.fillStyle = '#fff';
            context.fillRect(0, 0, image.width, image.height);
            context.drawImage(image, 0, 0);
          }
          const started = performance.now();
          try {
            if (canvas) {
              const result = await (scanner as unknown as WithDecoder).qrcode.decodeAsync(canvas);
              return { read: { format: result.format?.formatName ?? '', text: result.text }, ms: performance.now() - started };
            }
            const result = await scanner.scanFileV2(file, false);
            return { read: { format: result.result.format?.formatName ?? '', text: result.decodedText }, ms: performance.now() - started };
          } catch {
            return { read: null, ms: performance.now() - started };
          } finally {
            scanner.clear();
          }
        },
        { base64: bytes.toString('base64'), name, path },
      );
    },
    close: () => browser.close(),
  };
}
