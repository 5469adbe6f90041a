import { describe, expect, it } from 'vitest';
import { contentProblem, sha256Hex, sniffMime, svgIsDrawingOnly } from '@shared/domain/attachment-content';

const text = (s: string) => new TextEncoder().encode(s);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg>';

describe('sniffMime: what the bytes are, by their first bytes', () => {
  it.each([
    ['a JPEG', jpeg, 'image/jpeg'],
    ['a PNG', png, 'image/png'],
    ['an SVG', text(svg), 'image/svg+xml'],
    ['an SVG after an XML declaration, a comment and a byte-order mark', text(`\ufeff<?xml version="1.0"?>\n<!-- signed --><svg>${''}</svg>`), 'image/svg+xml'],
    ['a PDF', text('%PDF-1.7 ...'), null],
    ['plain text', text('just a note'), null],
    ['HTML with an svg inside', text(`<html><body>${svg}</body></html>`), null],
    ['nothing', new Uint8Array(), null],
  ])('%s', (_, bytes, expected) => {
    expect(sniffMime(bytes)).toBe(expected);
  });
});

describe('svgIsDrawingOnly', () => {
  it.each([
    ['paths and shapes', svg, true],
    ['a local reference (#id)', '<svg><use href="#stroke"/></svg>', true],
    ['a script', '<svg><script>alert(1)</script></svg>', false],
    ['an event handler', '<svg onload="alert(1)"></svg>', false],
    ['embedded HTML', '<svg><foreignObject><div/></foreignObject></svg>', false],
    ['a javascript: link', '<svg><a href="javascript:alert(1)"><path/></a></svg>', false],
    ['an outside image', '<svg><image href="https://example.com/x.png"/></svg>', false],
    ['a stylesheet import', '<svg><style>@import url(x.css)</style></svg>', false],
  ])('%s', (_, source, expected) => {
    expect(svgIsDrawingOnly(source)).toBe(expected);
  });
});

describe('contentProblem', () => {
  it('accepts bytes that are what they are declared as', () => {
    expect(contentProblem(jpeg, 'image/jpeg')).toBeNull();
    expect(contentProblem(text(svg), 'image/svg+xml')).toBeNull();
  });
  it('names the real type of bytes declared as another', () => {
    expect(contentProblem(png, 'image/jpeg')).toBe('the bytes are image/png, not image/jpeg');
    expect(contentProblem(text('hello'), 'image/png')).toMatch(/not image\/png/);
  });
  it('refuses an SVG that holds more than drawing', () => {
    expect(contentProblem(text('<svg><script/></svg>'), 'image/svg+xml')).toMatch(/drawing only/);
  });
});

it('sha256Hex gives the lower-case hex digest', async () => {
  expect(await sha256Hex(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
