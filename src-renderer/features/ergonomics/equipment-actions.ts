import { v7 as uuidv7 } from 'uuid';
import type { RxDocument } from 'rxdb';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { equipmentWorkOrder, type Requester } from '@shared/domain/ergonomics/equipment-request';
import type { FieldDeskDatabase } from '../../db/database';
import type { ReferenceDoc } from '@shared/schema/reference.schema';
import { policyInForce } from '@shared/domain/sla-policy-for';
import { changeAssessment } from './use-assessments';

/**
 * Turns one recommendation into an equipment-request work order, in one action: the work order
 * (the equipment and where, nothing of the assessment: equipment-request.ts) and the link on the
 * recommendation, both written here and synced when online. A recommendation already linked is
 * left as it is, so a double click makes one work order.
 */
export async function requestEquipment(db: FieldDeskDatabase, doc: RxDocument<ErgonomicAssessment>, recommendationId: string, by: Requester): Promise<string | null> {
  const assessment = doc.toJSON() as ErgonomicAssessment;
  const recommendation = assessment.recommendations.find((r) => r.id === recommendationId);
  if (!recommendation || recommendation.workOrderId) return recommendation?.workOrderId ?? null;
  const id = uuidv7();
  const policies = (await db.reference.find({ selector: { kind: 'sla-policy' } }).exec()).map((d) => d.toJSON() as ReferenceDoc);
  await db.work_orders.insert(equipmentWorkOrder(assessment, recommendation, by, id, new Date(), policyInForce(policies)?.version ?? null));
  await changeAssessment(doc, by.id, (data) => {
    const held = data.recommendations.find((r) => r.id === recommendationId);
    if (held && !held.workOrderId) held.workOrderId = id;
  });
  return id;
}
