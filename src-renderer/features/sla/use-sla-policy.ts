import { useMemo } from 'react';
import type { SlaPolicy } from '@shared/domain/sla-policy';
import { useReferenceInForce } from '../reference/use-reference';

/** The county's SLA policy in force on this device (reference data, key `county`), or null before it has synced. */
export function useSlaPolicy(): SlaPolicy | null {
  const { items } = useReferenceInForce('sla-policy');
  return useMemo(() => (items.get('county') ?? [...items.values()][0])?.slaPolicy ?? null, [items]);
}
