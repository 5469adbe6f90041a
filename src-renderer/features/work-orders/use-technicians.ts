import { useMemo } from 'react';
import { technicians, type Technician } from './technicians';
import { useAllWorkOrders, usePeople } from './use-work-orders';

/** The technicians a supervisor assigns work to, live: their open counts follow every change. */
export function useTechnicians(): Technician[] {
  const people = usePeople();
  const { rows } = useAllWorkOrders();
  return useMemo(() => technicians(people.values(), rows), [people, rows]);
}
