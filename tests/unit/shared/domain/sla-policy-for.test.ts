import { describe, expect, it } from 'vitest';
import { policyResolver } from '@shared/domain/sla-policy-for';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { examplePolicy } from '../../../support/sla';

/** Version `version` of the county's policy, saved at `createdAt`, its P3 response target `minutes`. */
const version = (v: number, createdAt: string, minutes: number, extra: Partial<ReferenceDoc> = {}): ReferenceDoc => {
  const policy = examplePolicy();
  return {
    id: `sla-${v}-${createdAt}`, kind: 'sla-policy', key: 'county', version: v, name: 'County', createdAt, updatedAt: createdAt, createdBy: 'sup', shipped: false,
    slaPolicy: { ...policy, targets: { ...policy.targets, '3': { responseMinutes: minutes, resolutionMinutes: 4320 } } },
    ...extra,
  } as ReferenceDoc;
};
const versions = [version(1, '2026-01-01T00:00:00.000Z', 240), version(2, '2026-06-01T00:00:00.000Z', 120), version(3, '2026-09-01T00:00:00.000Z', 60)];
const response = (policy: ReturnType<ReturnType<typeof policyResolver>>) => policy?.targets['3'].responseMinutes;

describe("the SLA policy a work order's clocks keep to", () => {
  const policyFor = policyResolver(versions);
  it('the version it recorded when it was made, though a later one is in force', () => {
    expect(response(policyFor({ slaPolicyVersion: 1, createdAt: '2026-10-01T00:00:00.000Z' }))).toBe(240);
  });
  it('made before work orders recorded it: the version saved last before it was made', () => {
    expect(response(policyFor({ createdAt: '2026-07-15T00:00:00.000Z' }))).toBe(120);
  });
  it('a version this device does not hold, or a work order older than every version: the one in force', () => {
    expect(response(policyFor({ slaPolicyVersion: 7, createdAt: '2026-10-01T00:00:00.000Z' }))).toBe(60);
    expect(response(policyFor({ createdAt: '2025-01-01T00:00:00.000Z' }))).toBe(60);
  });
  it('a deleted version is not in force, and no policy at all gives none', () => {
    const withDeleted = policyResolver([...versions, version(4, '2026-11-01T00:00:00.000Z', 30, { _deleted: true } as never)]);
    expect(response(withDeleted({ createdAt: '2026-11-15T00:00:00.000Z' }))).toBe(60);
    expect(policyResolver([])({ createdAt: '2026-11-15T00:00:00.000Z' })).toBeNull();
  });
});
