import type { CountyEmployee } from '@shared/schema/user.schema';
import { seededRandom } from './random';

export const departments = ['Clerk', 'Assessor', 'Sheriff', 'Public Health', 'Roads', 'Library', 'Elections', 'Parks', 'Treasurer'];
export const firstNames = ['Alice', 'Bob', 'Dana', 'Eli', 'Fatima', 'George', 'Hannah', 'Isaac', 'June', 'Kofi', 'Lena', 'Marco'];
export const lastNames = ['Smith', 'Nguyen', 'Garcia', 'Walker', 'Haddad', 'Novak', 'Reyes', 'Olsen', 'Bauer', 'Singh'];
const jobTitles = ['Clerk I', 'Clerk II', 'Office Manager', 'Deputy', 'Analyst', 'Librarian', 'Inspector', 'Accountant', 'Records Specialist', 'Receptionist'];

/**
 * The county's employees without an account (DECISIONS #11): every name the demo's requesters are
 * made of, each with a department, job title, phone and e-mail. Their own seed, so adding them
 * changes nothing else of the demo county.
 */
export function demoEmployees(now: string): CountyEmployee[] {
  const random = seededRandom(20261207);
  return firstNames.flatMap((first, i) =>
    lastNames.map((last, j): CountyEmployee => ({
      id: `employee-${String(i * lastNames.length + j + 1).padStart(3, '0')}`,
      kind: 'employee',
      name: `${first} ${last}`,
      department: random.pick(departments),
      jobTitle: random.pick(jobTitles),
      phone: `555-${String(random.int(100, 999))}-${String(random.int(1000, 9999))}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@county.example`,
      updatedAt: now,
    })),
  );
}
