import { describe, expect, it } from 'vitest';
import type { UserProfile } from '@shared/schema/user.schema';
import type { WorkOrder } from '@shared/schema/work-order.schema';
import { technicianLabel, technicians } from '../../../src-renderer/features/work-orders/technicians';
import { describeReferral } from '../../../src-renderer/features/work-orders/describe-referral';

const person = (id: string, name: string, more: Partial<UserProfile> = {}) => ({ id, name, username: id, role: 'technician', level: 1, updatedAt: '', ...more }) as UserProfile;
const work = (assigneeId: string, status: WorkOrder['status']) => ({ assigneeId, status }) as WorkOrder;

describe('the technicians a supervisor picks from', () => {
  it('lists technicians who may sign in by name, with their level and open work (resolved and finished work not counted)', () => {
    const people = [
      person('b', 'Ben Okafor', { level: 2 }),
      person('a', 'Ana Morales'),
      person('m', 'Monica Hale', { role: 'supervisor' }),
      person('x', 'Xavier Gone', { disabled: true }),
    ];
    const list = technicians(people, [work('a', 'in-progress'), work('a', 'on-hold'), work('a', 'resolved'), work('b', 'closed'), work('', 'new')]);
    expect(list.map(technicianLabel)).toEqual(['Ana Morales · level 1 · 2 open', 'Ben Okafor · level 2 · 0 open']);
  });

  it('describes a referral in words', () => {
    expect(describeReferral({ fromLevel: 1, level: 2, reason: 'Switch port dead ', tried: 'Cable, link lights' })).toBe('Referred from level 1 to level 2. Reason: Switch port dead. Tried: Cable, link lights');
    expect(describeReferral({ fromLevel: 2, level: 3, reason: 'Vendor firmware', tried: ' ' })).toBe('Referred from level 2 to level 3. Reason: Vendor firmware.');
  });
});
