import { useMemo } from 'react';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import type { SlaPolicy } from '@shared/domain/sla-policy';
import { policyInForce, policyResolver } from '@shared/domain/sla-policy-for';
import { useReferenceVersions } from '../reference/use-reference';

/** The county's SLA policy version in force on this device (the one a new work order records), or null before it has synced. */
export function useSlaPolicyInForce(): { policy: SlaPolicy; version: number } | null {
  const { versions } = useReferenceVersions('sla-policy');
  return useMemo(() => {
    const current = policyInForce(versions);
    return current?.slaPolicy ? { policy: current.slaPolicy, version: current.version } : null;
  }, [versions]);
}

/**
 * Which policy each work order's clocks keep to (the version in force when it was made,
 * sla-policy-for.ts), or null before any policy has synced.
 */
export function usePolicyFor(): PolicyFor | null {
  const { versions } = useReferenceVersions('sla-policy');
  // The same resolver for the same versions, whichever screen asks: the list's clocks are kept while it is.
  const key = versions.map((v) => `${v.id}/${v.version}/${v.updatedAt}`).join();
  if (last?.key !== key) last = { key, policyFor: policyInForce(versions)?.slaPolicy ? policyResolver(versions) : null };
  return last.policyFor;
}

type PolicyFor = (wo: Pick<WorkOrder, 'slaPolicyVersion' | 'createdAt'>) => SlaPolicy | null;
let last: { key: string; policyFor: PolicyFor | null } | null = null;
