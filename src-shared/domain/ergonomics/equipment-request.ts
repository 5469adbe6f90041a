import type { WorkOrder } from '../../schema/work-order.schema';
import type { AssessmentRecommendation, ErgonomicAssessment } from '../../schema/ergonomic-assessment.schema';
import { derivePriority } from '../priority';

/** The work-order category of equipment asked for by an assessment (reference data). */
export const equipmentCategory = 'ergonomic-equipment';

/** Who asks: the assessor, by id and name. */
export type Requester = { id: string; name: string };

/**
 * The equipment-request work order a recommendation becomes (DECISIONS #13): the place to deliver
 * to and the equipment asked for, nothing else. No score, finding, note or employee's name: a work
 * order is read by every technician, an assessment only by its assessor, safety officers and
 * supervisors. The link back is the recommendation's `workOrderId` (the assessment's side), so a
 * reader who may see the assessment finds it from the work order, and one who may not sees nothing.
 * Planned work (impact 3, urgency 3: P5), unassigned, at support level 1, keeping to the SLA
 * policy version in force on the device (`slaPolicyVersion`; none before the policy has synced).
 */
export function equipmentWorkOrder(
  assessment: Pick<ErgonomicAssessment, 'siteId' | 'building' | 'room'>,
  recommendation: Pick<AssessmentRecommendation, 'equipment' | 'text'>,
  requester: Requester,
  id: string,
  now: Date,
  slaPolicyVersion: number | null = null,
): WorkOrder {
  const equipment = (recommendation.equipment ?? '').trim() || 'Ergonomic equipment';
  const at = now.toISOString();
  const priority = derivePriority(3, 3);
  return {
    id,
    title: `Ergonomic equipment: ${equipment}`.slice(0, 160),
    description: `Equipment asked for: ${equipment}. Deliver and set it up at the workstation named below.`,
    requester: { name: requester.name, department: '', phone: '', email: '' },
    siteId: assessment.siteId,
    building: assessment.building,
    room: assessment.room,
    category: equipmentCategory,
    impact: 3,
    urgency: 3,
    priority,
    status: 'new',
    supportLevel: 1,
    assigneeId: '',
    createdBy: requester.id,
    createdAt: at,
    updatedAt: at,
    ...(slaPolicyVersion !== null ? { slaPolicyVersion } : {}),
    resolutionSummary: '',
  };
}
