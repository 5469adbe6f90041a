import { create } from 'zustand';

/** What the status form is asked to resolve with: a checklist's resolved exit suggests it. */
export type ResolutionPrefill = { code: string; summary: string };

type Draft = { workOrderId: string | null; prefill: ResolutionPrefill; opened: number };

/** The status form asked to resolve (UI state): which work order, and with what. */
export const useResolutionDraft = create<Draft>(() => ({ workOrderId: null, prefill: { code: '', summary: '' }, opened: 0 }));

/** Sets a work order's status form to "Resolved", filled with `prefill` (the person can still change it before saving). */
export function resolveWith(workOrderId: string, prefill: ResolutionPrefill): void {
  useResolutionDraft.setState((s) => ({ workOrderId, prefill, opened: s.opened + 1 }));
}
