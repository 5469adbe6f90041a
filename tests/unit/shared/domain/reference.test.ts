import { describe, expect, it } from 'vitest';
import { inForce, inForceByKey, nextVersion, shippedReferenceId, shippedToLoad, type StoredVersion, type Versioned } from '@shared/domain/reference';

const version = (key: string, n: number, extra: Partial<Versioned> = {}): Versioned => ({
  id: `${key}-v${n}`, kind: 'work-order-category', key, version: n, createdAt: `2026-03-0${n}T10:00:00.000Z`, ...extra,
});

describe('the version in force', () => {
  it.each([
    ['the only version', [version('network', 1)], 'network-v1'],
    ['the highest version, whatever order they arrived in', [version('network', 3), version('network', 1), version('network', 2)], 'network-v3'],
    ['the previous one when the latest was deleted', [version('network', 1), version('network', 2, { _deleted: true })], 'network-v1'],
    [
      'of two saved as one version offline, the one saved later',
      [version('network', 2, { id: 'b', createdAt: '2026-03-02T10:00:00.000Z' }), version('network', 2, { id: 'a', createdAt: '2026-03-02T11:00:00.000Z' })],
      'a',
    ],
    ['of two saved at the same instant, the larger id', [version('network', 2, { id: 'a' }), version('network', 2, { id: 'b' })], 'b'],
    ['none when every version was deleted', [version('network', 1, { _deleted: true })], undefined],
  ])('is %s', (_, docs, id) => {
    expect(inForce(docs, 'work-order-category', 'network')?.id).toBe(id);
  });

  it('is found per item of a kind, ignoring other kinds', () => {
    const docs = [version('network', 1), version('email', 2), { ...version('network', 9), kind: 'checklist-template' as const }];
    expect([...inForceByKey(docs, 'work-order-category')].map(([key, doc]) => [key, doc.version])).toEqual([['network', 1], ['email', 2]]);
  });

  it('is followed by a version numbered past every one seen, deleted ones too', () => {
    expect(nextVersion([version('network', 1), version('network', 4, { _deleted: true }), version('email', 7)], 'work-order-category', 'network')).toBe(5);
    expect(nextVersion([], 'sla-policy', 'county')).toBe(1);
  });
});

describe('shipped versions', () => {
  it('have fixed ids, one per kind, key and version, that fit a document id', () => {
    const id = shippedReferenceId('sla-policy', 'county', 1);
    expect(shippedReferenceId('sla-policy', 'county', 1)).toBe(id);
    expect(new Set([id, shippedReferenceId('sla-policy', 'county', 2), shippedReferenceId('tag-format', 'county', 1)]).size).toBe(3);
    expect(id.length).toBeLessThanOrEqual(40);
  });

  const shipped = (key: string, n: number) => ({ kind: 'work-order-category' as const, key, version: n });
  const stored = (key: string, n: number, extra: Partial<StoredVersion> = {}): StoredVersion => ({ ...shipped(key, n), shipped: true, deleted: false, ...extra });

  it.each([
    ['an empty database: loaded', [], true],
    ['the same version already stored: not again', [stored('network', 1)], false],
    ['an earlier shipped version stored: the new one is loaded', [stored('network', 0)], true],
    ['a version the county saved: never replaced', [stored('network', 0), stored('network', 0, { shipped: false })], false],
    ['a later version the county saved: never replaced', [stored('network', 2, { shipped: false })], false],
    ['an earlier shipped version the county deleted: stays deleted', [stored('network', 0, { deleted: true })], false],
    ['other items only: loaded', [stored('email', 3, { shipped: false })], true],
  ] as const)('of an item, into %s', (_, held, loaded) => {
    expect(shippedToLoad([shipped('network', 1)], held)).toEqual(loaded ? [shipped('network', 1)] : []);
  });

  it('count only the highest shipped version of each item', () => {
    expect(shippedToLoad([shipped('network', 1), shipped('network', 2), shipped('email', 1)], [])).toEqual([shipped('network', 2), shipped('email', 1)]);
  });
});
