import { describe, expect, it } from 'vitest';
import { clampDeviceTimes, deviceTimeFields } from '@shared/domain/device-clock';
import { collections, collectionNames } from '@shared/schema/collections';

const now = new Date('2026-03-02T10:00:00.000Z');

describe('device times on arrival', () => {
  it.each<[string, string]>([
    ['2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z'],
    ['2026-03-02T10:04:59.999Z', '2026-03-02T10:04:59.999Z'],
    ['2026-03-02T10:05:00.000Z', '2026-03-02T10:05:00.000Z'],
    ['2026-03-02T10:05:00.001Z', '2026-03-02T10:00:00.000Z'],
    ['2099-01-01T00:00:00.000Z', '2026-03-02T10:00:00.000Z'],
  ])('%s is kept as %s', (sent, kept) => {
    expect(clampDeviceTimes({ updatedAt: sent }, ['updatedAt'], now).doc.updatedAt).toBe(kept);
  });

  it('clamps only the fields named, and says which it clamped', () => {
    const doc = { createdAt: '2099-01-01T00:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', resolutionDueAt: '2099-01-01T00:00:00.000Z' };
    expect(clampDeviceTimes(doc, ['createdAt', 'updatedAt'], now)).toEqual({
      doc: { createdAt: '2026-03-02T10:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', resolutionDueAt: '2099-01-01T00:00:00.000Z' },
      clamped: ['createdAt'],
    });
  });

  it('clamps a time inside an object (a status change feeds the SLA clock), leaving a missing one alone', () => {
    const change = { kind: 'status-change', statusChange: { from: 'assigned', to: 'on-hold', at: '2099-01-01T00:00:00.000Z' } };
    expect(clampDeviceTimes(change, ['statusChange.at'], now)).toEqual({
      doc: { ...change, statusChange: { ...change.statusChange, at: '2026-03-02T10:00:00.000Z' } },
      clamped: ['statusChange.at'],
    });
    expect(clampDeviceTimes({ kind: 'note' }, ['statusChange.at'], now)).toEqual({ doc: { kind: 'note' }, clamped: [] });
  });

  it('finds the times a device writes, deadlines left out', () => {
    expect(deviceTimeFields(collections['work-orders'].schema)).toEqual(['createdAt', 'updatedAt', 'clientUpdatedAt']);
    expect(deviceTimeFields(collections.assets.schema)).toEqual(['lastVerifiedAt', 'updatedAt']);
    expect(deviceTimeFields(collections['work-order-notes'].schema)).toEqual(expect.arrayContaining(['statusChange.at', 'time.from', 'time.to', 'createdAt', 'updatedAt']));
    for (const name of collectionNames) expect(deviceTimeFields(collections[name].schema)).toContain('updatedAt');
  });
});
