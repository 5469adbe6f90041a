import { create } from 'zustand';
import { noAssessmentFilters, type AssessmentFilters } from '@shared/domain/ergonomics/assessment-list';

/** The assessment list's filters, kept across visits and shared with its safety-meeting report. */
export const useAssessmentFilters = create<AssessmentFilters & { set: (change: Partial<AssessmentFilters>) => void }>((set) => ({
  ...noAssessmentFilters,
  set: (change) => set(change),
}));
