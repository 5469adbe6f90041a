import type { HoldReason, WorkOrderStatus } from '../domain/work-order-status';

/**
 * The free-text status notes that app versions before note schema 2 wrote ("Status: In progress →
 * On hold: Waiting for parts"), as a fixed table from text to step. The wording is frozen here, not
 * read from today's labels: a later relabelling must not change what the migrations recognise. The
 * device's RxDB migration and the server's SQL migration both use this table, so a note reads the
 * same on every device whichever side migrated it.
 */
const statusWording: Record<WorkOrderStatus, string> = {
  new: 'New',
  assigned: 'Assigned',
  'in-progress': 'In progress',
  'on-hold': 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};
const holdWording: Record<HoldReason, string> = {
  'waiting-for-parts': 'Waiting for parts',
  'waiting-for-client': 'Waiting for client',
  'waiting-for-vendor': 'Waiting for vendor',
  scheduled: 'Scheduled visit',
};

export type LegacyStep = { from: WorkOrderStatus; to: WorkOrderStatus; holdReason?: HoldReason };

/** The text the old app wrote for a step: a hold always named its reason, nothing else did. */
export function legacyStatusText(step: LegacyStep): string {
  const reason = step.to === 'on-hold' && step.holdReason ? `: ${holdWording[step.holdReason]}` : '';
  return `Status: ${statusWording[step.from]} → ${statusWording[step.to]}${reason}`;
}

const statuses = Object.keys(statusWording) as WorkOrderStatus[];
const reasons = Object.keys(holdWording) as HoldReason[];

/** Every text the old app could write, with its step (a hold without a reason was never written). */
export const legacyStatusSteps: readonly LegacyStep[] = statuses.flatMap((from) =>
  statuses.flatMap((to): LegacyStep[] => (to === 'on-hold' ? reasons.map((holdReason) => ({ from, to, holdReason })) : [{ from, to }])),
);

const byText = new Map(legacyStatusSteps.map((step) => [legacyStatusText(step), step]));

/** The step an old status note describes, or null when its text is not one the old app wrote. */
export function parseLegacyStatusText(text: string): LegacyStep | null {
  return byText.get(text) ?? null;
}
