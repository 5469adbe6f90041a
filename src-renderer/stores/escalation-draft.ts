import { create } from 'zustand';

/** What the escalation form opens with: a checklist's escalate exit fills it from the answers. */
export type EscalationPrefill = { initialLevel?: number; initialReason?: string; initialTried?: string };

type Draft = { workOrderId: string | null; prefill: EscalationPrefill; opened: number };

/** The escalation form asked to open (UI state): which work order, and what it is filled with. */
export const useEscalationDraft = create<Draft>(() => ({ workOrderId: null, prefill: {}, opened: 0 }));

/**
 * Opens the escalation form of a work order's page, filled in with `prefill` (the person can still
 * change everything before escalating). Call it while or before the page shows that work order.
 */
export function openEscalationForm(workOrderId: string, prefill: EscalationPrefill = {}): void {
  useEscalationDraft.setState((s) => ({ workOrderId, prefill, opened: s.opened + 1 }));
}
