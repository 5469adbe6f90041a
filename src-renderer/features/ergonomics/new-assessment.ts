import { v7 as uuidv7 } from 'uuid';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import type { FieldDeskDatabase } from '../../db/database';

/** What the form asks before the assessment starts: who, where, and the workstation's assets. */
export type NewAssessment = Pick<ErgonomicAssessment, 'employee' | 'siteId' | 'building' | 'room' | 'assetIds'>;

/** Starts a draft assessment on this device (synced when online); resolves its id. */
export async function createAssessment(db: FieldDeskDatabase, input: NewAssessment, assessorId: string, previousId?: string): Promise<string> {
  const at = new Date().toISOString();
  const id = uuidv7();
  await db.ergonomic_assessments.insert({
    id,
    ...input,
    assessorId,
    method: 'rosa',
    status: 'draft',
    rosa: {},
    recommendations: [],
    notes: '',
    ...(previousId ? { previousId } : {}),
    assessedAt: at,
    updatedAt: at,
  });
  return id;
}

/** A new draft for the same employee and workstation, following up `previous` (compared side by side). */
export function reassess(db: FieldDeskDatabase, previous: ErgonomicAssessment, assessorId: string): Promise<string> {
  const { employee, siteId, building, room, assetIds } = previous;
  return createAssessment(db, { employee, siteId, building, room, assetIds }, assessorId, previous.id);
}
