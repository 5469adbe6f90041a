import { describe, expect, it } from 'vitest';
import { buildIdentifierIndex, identify, urlParts, type IdentifiableAsset } from '@shared/domain/tag-lookup';

const assets: IdentifiableAsset[] = [
  { id: 'a1', tag: 'CTY-0001234', serialNumber: 'CN0X4F7G', manufacturerBarcodes: ['0884116238904'] },
  { id: 'a2', tag: 'CTY-0001235', serialNumber: '5CG7281XYZ' },
  // Two makers' serial numbers that happen to coincide.
  { id: 'a3', tag: 'CTY-0002001', serialNumber: '123456' },
  { id: 'a4', tag: 'CTY-0002002', serialNumber: '123456' },
  // A serial number that looks like another asset's tag: the tag wins.
  { id: 'a5', tag: 'CTY-0003000', serialNumber: 'CTY-0001235' },
  { id: 'a6', tag: 'CTY-0004000', serialNumber: '' },
];
const index = buildIdentifierIndex(assets);

describe('any identifier finds the asset', () => {
  it.each([
    ['its tag', 'CTY-0001234', { found: 'asset', assetId: 'a1', by: 'tag' }],
    ['its tag from a Code 39 label, with start and stop characters', '*CTY-0001234*', { found: 'asset', assetId: 'a1', by: 'tag' }],
    ['its tag typed in lower case with spaces', ' cty-000 1234 ', { found: 'asset', assetId: 'a1', by: 'tag' }],
    ['its serial number', 'CN0X4F7G', { found: 'asset', assetId: 'a1', by: 'serial-number' }],
    ['its serial number in lower case', '5cg7281xyz', { found: 'asset', assetId: 'a2', by: 'serial-number' }],
    ['a manufacturer barcode recorded on it', '0884116238904', { found: 'asset', assetId: 'a1', by: 'manufacturer-barcode' }],
    ['a QR code with the tag as the last path segment', 'https://assets.county.example/a/CTY-0001234', { found: 'asset', assetId: 'a1', by: 'tag-in-url' }],
    ['a QR code with the tag in the query', 'HTTPS://assets.county.example/lookup?tag=cty-0001235&src=qr', { found: 'asset', assetId: 'a2', by: 'tag-in-url' }],
    ['a QR code with the tag percent-encoded in the fragment', 'http://x.example/#CTY%2D0001234', { found: 'asset', assetId: 'a1', by: 'tag-in-url' }],
    ['a tag that is also another asset\'s serial number (the tag wins)', 'CTY-0001235', { found: 'asset', assetId: 'a2', by: 'tag' }],
  ])('by %s', (_, raw, expected) => {
    expect(identify(raw, index)).toEqual(expected);
  });

  it('a serial number two assets share answers both, and picks neither', () => {
    expect(identify('123456', index)).toEqual({ found: 'several', assetIds: ['a3', 'a4'], by: 'serial-number' });
  });

  it.each([
    ['an unknown tag', 'CTY-9999999', 'CTY-9999999'],
    ['a URL that names no asset', 'https://example.org/products/12345', 'HTTPS://EXAMPLE.ORG/PRODUCTS/12345'],
    ['a tag inside a longer word of a URL', 'https://example.org/xCTY-0001234x', 'HTTPS://EXAMPLE.ORG/XCTY-0001234X'],
    ['a URL-like text that is no URL', 'CTY-0001234/https://', 'CTY-0001234/HTTPS://'],
    ['nothing at all', '', ''],
    ['only start and stop characters', '**', ''],
  ])('%s finds nothing, with its normalised key', (_, raw, key) => {
    expect(identify(raw, index)).toEqual({ found: 'nothing', key });
  });

  it('an asset without a serial number is not found by an empty one', () => {
    expect(buildIdentifierIndex([{ id: 'x', tag: 'CTY-0000001', serialNumber: '  ' }]).serialNumbers.size).toBe(0);
  });

  it('reads the parts of http and https URLs only', () => {
    expect(urlParts('https://a.example/x/CTY-1?tag=CTY-2#CTY-3')).toEqual(['x', 'CTY-1', 'CTY-2', 'CTY-3']);
    expect(urlParts('ftp://a.example/CTY-1')).toEqual([]);
    expect(urlParts('javascript:CTY-1')).toEqual([]);
    expect(urlParts('https://a.example/%E0%A4%A')).toEqual(['%E0%A4%A']);
  });
});
