import { Link } from 'wouter';
import { Anchor } from '@mantine/core';
import { useAssessments } from './use-assessments';

/**
 * On an equipment work order: the assessment that asked for it, for a reader who holds that
 * assessment (its assessor, safety officers, supervisors). The work order itself carries nothing
 * of it; others see nothing here.
 */
export function FromAssessmentLink({ workOrderId }: { workOrderId: string }) {
  const { assessments } = useAssessments();
  const from = assessments.find((a) => a.recommendations.some((r) => r.workOrderId === workOrderId));
  if (!from) return null;
  return <Anchor component={Link} href={`/ergonomics/${from.id}`}>Asked for by the assessment of {from.employee.name}</Anchor>;
}
