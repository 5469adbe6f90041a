import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { RxDocument } from 'rxdb';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { readsEveryAssessment } from '@shared/domain/access';
import type { CatalogueRecommendation } from '@shared/domain/ergonomics/recommendations';
import { inForce } from '@shared/domain/reference';
import { useSession } from '../../host/api-context';
import { usePeople } from '../work-orders/use-work-orders';
import { useReferenceVersions } from '../reference/use-reference';

const everyAssessment = { selector: {} };

/** Every assessment this device holds (only those its user may read ever reach it), live. */
export function useAssessments(): { assessments: ErgonomicAssessment[]; docs: RxDocument<ErgonomicAssessment>[]; loading: boolean } {
  const { results, loading } = useLiveRxQuery<ErgonomicAssessment>({ collection: 'ergonomic_assessments', query: everyAssessment });
  const assessments = useMemo(() => results.map((d) => d.toJSON() as ErgonomicAssessment), [results]);
  return { assessments, docs: results, loading };
}

/**
 * What the signed-in user may do with assessments, from their users document on this device:
 * safety officers and supervisors create them (the server checks it again).
 */
export function useAssessmentAccess(): { mayCreate: boolean } {
  const session = useSession();
  const me = usePeople().get(session.user.id);
  const actor = { id: session.user.id, role: me?.role ?? session.user.role, level: me?.level ?? 1, permissions: me?.permissions ?? [] };
  return { mayCreate: readsEveryAssessment(actor) };
}

/** The recommendations of the catalogue in force (kind recommendation-catalogue, key rosa), and its source. */
export function useCatalogue(): { recommendations: readonly CatalogueRecommendation[]; source: string; note: string } {
  const { versions } = useReferenceVersions('recommendation-catalogue');
  return useMemo(() => {
    const doc = inForce(versions, 'recommendation-catalogue', 'rosa');
    return { recommendations: doc?.catalogue?.recommendations ?? [], source: doc?.catalogue?.source ?? '', note: doc?.catalogue?.note ?? '' };
  }, [versions]);
}

/** Changes an assessment here (synced later), stamped with the time and who changed it. */
export async function changeAssessment(doc: RxDocument<ErgonomicAssessment>, by: string, change: (data: ErgonomicAssessment) => void): Promise<void> {
  await doc.incrementalModify((data) => {
    change(data);
    data.updatedAt = new Date().toISOString();
    data.updatedBy = by;
    return data;
  });
}
