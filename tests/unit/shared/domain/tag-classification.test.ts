import { describe, expect, it } from 'vitest';
import { classifyTag, tagFormatsInForce, type TagFormats } from '@shared/domain/tag-classification';
import { shippedEntries } from '../../../support/reference';

const formats: TagFormats = { assetTag: { pattern: 'CTY-[0-9]{7}' }, roomLabel: { pattern: 'RM-[A-Z0-9-]+' } };

describe('classifying a scanned or typed code by the county formats', () => {
  it.each([
    ['CTY-0001234', 'asset-tag'],
    ['*cty-0001234*', 'asset-tag'],
    [' CTY-0001234\r\n', 'asset-tag'],
    ['RM-LIB-MAP-104', 'room-label'],
    ['rm-lib-map-104', 'room-label'],
    ['CTY-000123', 'unknown'],
    ['SN-4411-XK', 'unknown'],
    ['https://assets.example.org/CTY-0001234', 'unknown'],
    ['', 'unknown'],
    ['**', 'unknown'],
  ])('%j is %s', (raw, kind) => {
    expect(classifyTag(raw, formats)).toBe(kind);
  });

  it('a county without a room-label format has no room labels; without formats, nothing is classified', () => {
    expect(classifyTag('RM-LIB-MAP-104', { assetTag: formats.assetTag })).toBe('unknown');
    expect(classifyTag('CTY-0001234', {})).toBe('unknown');
  });

  it('an asset tag pattern wins over a room-label pattern that matches too', () => {
    expect(classifyTag('CTY-0001234', { assetTag: formats.assetTag, roomLabel: { pattern: '.*' } })).toBe('asset-tag');
  });

  it('a pattern that does not compile classifies nothing as its kind', () => {
    expect(classifyTag('CTY-0001234', { assetTag: { pattern: 'CTY-[0-9' }, roomLabel: formats.roomLabel })).toBe('unknown');
  });

  it('takes the versions in force of the shipped reference data: county tags and room labels', () => {
    const docs = shippedEntries().map((entry, i) => ({ ...entry, id: `r${i}`, createdAt: '2026-01-01T00:00:00.000Z' }));
    const inForce = tagFormatsInForce(docs);
    expect(classifyTag('CTY-0001234', inForce)).toBe('asset-tag');
    expect(classifyTag('RM-LIB-MAP/MAIN/104', inForce)).toBe('room-label');
    expect(classifyTag('5012345678900', inForce)).toBe('unknown');
  });

  it('a later version of the county format replaces the earlier one; a deleted version does not count', () => {
    const base = { kind: 'tag-format' as const, key: 'county', createdAt: '2026-01-01T00:00:00.000Z' };
    const docs = [
      { ...base, id: 'a', version: 1, tagFormat: { pattern: 'CTY-[0-9]{7}', example: 'CTY-0000001', description: '' } },
      { ...base, id: 'b', version: 2, tagFormat: { pattern: 'CTY-[0-9]{7}|OLD-[0-9]{4}', example: 'OLD-0001', description: '' } },
      { ...base, id: 'c', version: 3, _deleted: true, tagFormat: { pattern: 'NEW-[0-9]{3}', example: 'NEW-001', description: '' } },
    ];
    const inForce = tagFormatsInForce(docs);
    expect(classifyTag('OLD-0001', inForce)).toBe('asset-tag');
    expect(classifyTag('NEW-001', inForce)).toBe('unknown');
  });
});
