import { isOpen } from '@shared/domain/work-order-status';
import { isStaff, type Person, type UserProfile } from '@shared/schema/user.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';

/** A technician as a supervisor picks one: name, support level, and how much open work they hold. */
export type Technician = { id: string; name: string; level: number; open: number };

/** Every technician who may sign in, by name, with their count of open work orders. */
export function technicians(people: Iterable<Person>, workOrders: readonly WorkOrder[]): Technician[] {
  const open = new Map<string, number>();
  for (const wo of workOrders) if (wo.assigneeId && isOpen(wo.status)) open.set(wo.assigneeId, (open.get(wo.assigneeId) ?? 0) + 1);
  return [...people]
    .filter((p): p is UserProfile => isStaff(p) && p.role === 'technician' && !p.disabled)
    .map((p) => ({ id: p.id, name: p.name, level: p.level, open: open.get(p.id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** How a technician reads in a picker: "Ana Diaz · level 2 · 5 open". */
export const technicianLabel = (t: Technician) => `${t.name} · level ${t.level} · ${t.open} open`;
