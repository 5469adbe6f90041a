import { writeFileSync } from 'node:fs';
import bwipjs from 'bwip-js/node';
import { PNG } from 'pngjs';

/** A label as a PNG, drawn by bwip-js (Code 128 by default), with a quiet zone around it. */
export function labelPng(text: string, options: { bcid?: string; scale?: number } = {}): Promise<Buffer> {
  return bwipjs.toBuffer({ bcid: options.bcid ?? 'code128', text, scale: options.scale ?? 2, height: 12, paddingwidth: 10, paddingheight: 10, backgroundcolor: 'FFFFFF' });
}

/**
 * Writes a Y4M video of `frames` identical frames showing `png` centred on white, for Chromium's
 * fake camera (`--use-file-for-fake-video-capture`; ../shared/NOTES.md, "Fake camera"): 4:2:0,
 * luma 16 + 219 * gray / 255, chroma 128 (no colour).
 */
export function writeFakeCameraVideo(file: string, png: Buffer, options: { width?: number; height?: number; frames?: number } = {}): void {
  const width = options.width ?? 640;
  const height = options.height ?? 480;
  const label = PNG.sync.read(png);
  if (label.width > width || label.height > height) throw new Error(`a ${label.width}x${label.height} label does not fit a ${width}x${height} frame`);
  const luma = Buffer.alloc(width * height, 16 + 219);
  const left = Math.floor((width - label.width) / 2);
  const top = Math.floor((height - label.height) / 2);
  for (let y = 0; y < label.height; y++) {
    for (let x = 0; x < label.width; x++) {
      const i = (y * label.width + x) * 4;
      const gray = (label.data[i]! * 299 + label.data[i + 1]! * 587 + label.data[i + 2]! * 114) / 1000;
      luma[(top + y) * width + left + x] = Math.round(16 + (219 * gray) / 255);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: options.frames ?? 15 }, () => frame)]));
}
