import type { ReferenceDoc } from '../schema/reference.schema';
import type { WorkOrder } from '../schema/work-order.schema';
import type { SlaPolicy } from './sla-policy';
import { countyKey, inForce, isLater, type Versioned } from './reference';

type PolicyVersion = Versioned & Pick<ReferenceDoc, 'slaPolicy'>;

/** The county's SLA policy version in force now: the one a new work order records. */
export const policyInForce = <T extends PolicyVersion>(versions: readonly T[]): T | undefined => inForce(versions, 'sla-policy', countyKey);

const latest = <T extends PolicyVersion>(docs: readonly T[]): T | undefined => docs.reduce<T | undefined>((best, d) => (!best || isLater(d, best) ? d : best), undefined);

/**
 * The policy a work order's clocks keep to (DECISIONS #11: the version in force when it was made):
 * the version it records; for one made before work orders recorded it, the latest version saved
 * by then; when this device does not hold that version, the one in force. Made once for many
 * work orders (a list): the versions are sorted out here, not per work order.
 */
export function policyResolver(versions: readonly PolicyVersion[]): (wo: Pick<WorkOrder, 'slaPolicyVersion' | 'createdAt'>) => SlaPolicy | null {
  const county = versions.filter((v) => v.kind === 'sla-policy' && v.key === countyKey && !v._deleted && v.slaPolicy);
  const current = policyInForce(county)?.slaPolicy ?? null;
  const byVersion = new Map<number, PolicyVersion>();
  for (const v of county) {
    const held = byVersion.get(v.version);
    if (!held || isLater(v, held)) byVersion.set(v.version, v);
  }
  return (wo) => {
    const chosen = wo.slaPolicyVersion !== undefined ? byVersion.get(wo.slaPolicyVersion) : latest(county.filter((v) => v.createdAt <= wo.createdAt));
    return chosen?.slaPolicy ?? current;
  };
}
