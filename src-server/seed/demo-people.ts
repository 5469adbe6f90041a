import { v7 as uuidv7 } from 'uuid';
import type { UserProfile } from '@shared/schema/user.schema';

const technicianNames = [
  'Ana Morales', 'Ben Okafor', 'Carla Jensen', 'Dev Patel', 'Elena Rossi', 'Frank Yazzie',
  'Grace Kim', 'Hector Ruiz', 'Ivy Chen', 'Jamal Brooks', 'Kara Lindqvist', 'Luis Ortega',
];
const supervisorNames = ['Monica Hale', 'Nathan Cole'];

/**
 * tech01..tech12 (levels 1, 2 and 3 by seniority), super01, super02 and admin01, who manages accounts.
 * tech12 is also the department's safety officer (assesses workstations: DECISIONS #13).
 */
export function demoPeople(now: string): UserProfile[] {
  const technicians = technicianNames.map((name, i) => ({
    id: uuidv7(),
    username: `tech${String(i + 1).padStart(2, '0')}`,
    name,
    role: 'technician' as const,
    level: i < 5 ? 1 : i < 9 ? 2 : 3,
    ...(i === 11 ? { permissions: ['safety-officer' as const] } : {}),
    updatedAt: now,
  }));
  const supervisors = supervisorNames.map((name, i) => ({
    id: uuidv7(),
    username: `super${String(i + 1).padStart(2, '0')}`,
    name,
    role: 'supervisor' as const,
    level: 3,
    updatedAt: now,
  }));
  const admin = { id: uuidv7(), username: 'admin01', name: 'Olivia Grant', role: 'admin' as const, level: 3, updatedAt: now };
  return [...technicians, ...supervisors, admin];
}

/** The password every demo account starts with (README tells how to change it). */
export const demoPassword = 'fielddesk';
