import type { ScoredAssessment } from '@shared/domain/ergonomics/assessment-list';
import type { ReportTable } from '../reports/report-table';
import { formatFollowUp } from './assessment-dates';

export const assessmentColumns = [
  { key: 'employee', label: 'Employee' },
  { key: 'department', label: 'Department' },
  { key: 'workstation', label: 'Workstation' },
  { key: 'assessed', label: 'Assessed', nowrap: true },
  { key: 'score', label: 'ROSA score', nowrap: true },
  { key: 'risk', label: 'Action level' },
  { key: 'followUp', label: 'Follow-up', nowrap: true },
  { key: 'status', label: 'Status', nowrap: true },
] as const;

type Key = (typeof assessmentColumns)[number]['key'];

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * The list as the safety meeting reads it, the same rows for the printed table and the CSV. No
 * findings, notes or recommendations: the meeting counts and follows up, the details stay in
 * each assessment.
 */
export function assessmentsTable(rows: readonly ScoredAssessment[], sites: ReadonlyMap<string, string>): ReportTable<Key> {
  return {
    columns: assessmentColumns,
    rows: rows.map(({ assessment: a, score }) => ({
      employee: a.employee.name,
      department: a.employee.department,
      workstation: `${sites.get(a.siteId) ?? 'Unknown site'}, room ${a.room}`,
      assessed: dayFormat.format(new Date(a.assessedAt)),
      score: score ? String(score.final) : 'Not scored yet',
      risk: !score ? '' : score.actionLevel ? '5 or more: further assessment required' : 'Below 5',
      followUp: a.followUpOn ? formatFollowUp(a.followUpOn) : '',
      status: a.status === 'final' ? 'Finished' : 'Draft',
    })),
  };
}
