import { useMemo } from 'react';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { Asset } from '@shared/schema/asset.schema';
import type { ErgonomicAssessment } from '@shared/schema/ergonomic-assessment.schema';
import { formatDateTime } from '../../ui/format';
import { useNames } from '../work-orders/use-work-orders';
import { formatFollowUp } from './assessment-dates';


/** Who was assessed, where, by whom and when, and the workstation's assets: the head of the page and of the report. */
export function AssessmentSummary({ assessment: a }: { assessment: ErgonomicAssessment }) {
  const { sites, people } = useNames();
  const query = useMemo(() => ({ selector: { id: { $in: a.assetIds } } }), [a.assetIds]);
  const { results } = useLiveRxQuery<Asset>({ collection: 'assets', query });
  const assets = results.map((d) => d.toJSON() as Asset);
  const rows: [string, string][] = [
    ['Employee', a.employee.name],
    ['Department', a.employee.department || 'Not given'],
    ['Job title', a.employee.jobTitle || 'Not given'],
    ['Workstation', `${sites.get(a.siteId) ?? 'Unknown site'}, ${a.building ? `${a.building}, ` : ''}room ${a.room}`],
    ['Assessor', people.get(a.assessorId) ?? 'Someone not on this device'],
    ['Assessed', formatDateTime(a.assessedAt)],
    ['Follow-up', formatFollowUp(a.followUpOn)],
    ['Assets', assets.length === 0 ? 'None named' : assets.map((x) => `${x.tag} (${x.kind} ${x.make} ${x.model})`).join(', ')],
  ];
  return (
    <dl className="fd-fields" data-testid="assessment-summary">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
