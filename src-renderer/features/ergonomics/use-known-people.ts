import { useMemo } from 'react';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { usePeople, useAllWorkOrders } from '../work-orders/use-work-orders';

/** Someone the form can offer by name, with what is known of them. */
export type KnownPerson = { name: string; department: string; jobTitle: string; userId?: string };

/**
 * The county's people this device knows: staff accounts and the county's employees on record
 * (with department and job title), the requesters of work orders (with their department) and
 * those assessed before (with their job title). One entry per name, the most complete one kept.
 */
export function useKnownPeople(assessments: readonly ErgonomicAssessment[]): KnownPerson[] {
  const people = usePeople();
  const { rows: workOrders } = useAllWorkOrders();
  return useMemo(() => {
    const byName = new Map<string, KnownPerson>();
    const add = (p: KnownPerson) => {
      const key = p.name.trim().toLowerCase();
      const held = byName.get(key);
      if (!held) byName.set(key, p);
      else byName.set(key, { ...held, department: held.department || p.department, jobTitle: held.jobTitle || p.jobTitle, userId: held.userId ?? p.userId });
    };
    for (const a of assessments) add({ ...a.employee });
    for (const w of workOrders) add({ name: w.requester.name, department: w.requester.department, jobTitle: '' });
    for (const u of people.values()) add({ name: u.name, department: u.department ?? '', jobTitle: u.jobTitle ?? '', userId: u.id });
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [assessments, workOrders, people]);
}
